using System.Text;
using System.Text.RegularExpressions;

namespace Masivo.Sdk.Internal;

/// <summary>
/// Removes from an error body every secret the client knows (its API key or access token, the bearer
/// tokens it sent, and whatever the failed request carried), should the server quote them back, as
/// sent or in any JSON-escaped form (<c>\u002B</c>, <c>\/</c>). The body is the source of every message,
/// detail and raw body the SDK surfaces, so they are removed once, before anything is read from it.
/// </summary>
internal static class EchoedSecrets
{
    public const string Placeholder = "[redacted]";

    // Shorter values are not credentials anyone issues, and redacting them would garble ordinary text.
    private const int MinimumSecretLength = 8;

    public static string Redact(string body, HttpRequestMessage? request)
    {
        if (body.Length == 0 || request is null)
        {
            return body;
        }

        foreach (var secret in SecretsOf(request))
        {
            if (secret.Length >= MinimumSecretLength)
            {
                body = Pattern(secret).Replace(body, Placeholder);
            }
        }

        return body;
    }

    private static IEnumerable<string> SecretsOf(HttpRequestMessage request)
    {
        if (request.Headers.Authorization?.Parameter is { } bearer)
        {
            yield return bearer;
        }

        if (request.Headers.TryGetValues("x-api-key", out var keys))
        {
            foreach (var key in keys)
            {
                yield return key;
            }
        }

        if (request.Options.TryGetValue(ClientSecrets.RequestOption, out var secrets))
        {
            foreach (var secret in secrets.Known())
            {
                yield return secret;
            }
        }
    }

    /// <summary>Each character as itself or as a JSON escape of it (any hex case; <c>\/</c> for a slash).</summary>
    private static Regex Pattern(string secret)
    {
        var pattern = new StringBuilder(secret.Length * 16);
        foreach (var c in secret)
        {
            pattern.Append("(?:").Append(Regex.Escape(c.ToString()))
                .Append(@"|\\u(?i:").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)).Append(')');
            if (c == '/')
            {
                pattern.Append(@"|\\/");
            }

            pattern.Append(')');
        }

        return new Regex(pattern.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
