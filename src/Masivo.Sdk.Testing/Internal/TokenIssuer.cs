using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Masivo.Sdk.Testing.Internal;

/// <summary>Issues JWT-shaped tokens with an <c>exp</c> claim and recognises the ones still valid.</summary>
internal sealed class TokenIssuer(MasivoFakeServerOptions options)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _issued = new(StringComparer.Ordinal);

    public string Issue()
    {
        var now = options.TimeProvider.GetUtcNow();
        var expires = now + options.TokenLifetime;
        var header = Encode("""{"alg":"HS256","typ":"JWT"}""");
        var payload = Encode($$"""{"sub":"{{options.AccountId}}","iat":{{now.ToUnixTimeSeconds()}},"exp":{{expires.ToUnixTimeSeconds()}}}""");
        var signature = Base64Url(RandomNumberGenerator.GetBytes(32));
        var token = $"{header}.{payload}.{signature}";
        _issued[token] = expires;
        return token;
    }

    public TokenCheck Check(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return TokenCheck.Missing;
        }

        if (token == options.AccessToken)
        {
            return TokenCheck.Valid;
        }

        if (!_issued.TryGetValue(token, out var expires))
        {
            return TokenCheck.Unknown;
        }

        return options.TimeProvider.GetUtcNow() < expires ? TokenCheck.Valid : TokenCheck.Expired;
    }

    public void RevokeAll() => _issued.Clear();

    private static string Encode(string json) => Base64Url(Encoding.UTF8.GetBytes(json));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

internal enum TokenCheck
{
    Valid,
    Missing,
    Unknown,
    Expired,
}
