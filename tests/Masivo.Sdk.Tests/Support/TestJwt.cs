using System.Text;

namespace Masivo.Sdk.Tests.Support;

/// <summary>Unsigned JWTs with an <c>exp</c>, as the SDK reads them (it never checks signatures).</summary>
internal static class TestJwt
{
    public static string Create(DateTimeOffset expires, string id = "1")
    {
        static string Part(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return $"{Part("""{"alg":"HS256"}""")}.{Part($$"""{"jti":"{{id}}","exp":{{expires.ToUnixTimeSeconds()}}}""")}.sig";
    }
}
