using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Masivo.Sdk.Internal;

/// <summary>
/// Removes from an error body every secret the client knows (its API key or access token, the bearer
/// tokens it sent, and whatever the failed request carried), should the server quote them back, as
/// sent, in any JSON-escaped form (<c>\u002B</c>, <c>\/</c>, and again escaped in a JSON dump quoted inside a JSON
/// string: <c>\\u002B</c>, <c>\\/</c>), URL-encoded (<c>%2B</c>, <c>%252B</c>, <c>+</c> for a
/// space) or HTML-escaped (<c>&amp;#43;</c>), each character escaped or not. The body is the source of every message,
/// detail and raw body the SDK surfaces, so they are removed once, before anything is read from it.
/// </summary>
internal static class EchoedSecrets
{
    public const string Placeholder = "[redacted]";

    // The escapes' own lead characters, as themselves or JSON-escaped (an encoded secret inside a JSON string).
    private const string Percent = @"(?:%|\\+u0025)";
    private const string Ampersand = @"(?:&|\\+u0026)";

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

    /// <summary>
    /// Each character as itself, as a JSON escape of it (any hex case; <c>\/</c> for a slash), as the percent-encoding
    /// of its UTF-8 bytes (any hex case, and encoded twice: <c>%2B</c>, <c>%252B</c>), as an HTML character reference
    /// (<c>&amp;#43;</c>, <c>&amp;#x2B;</c>), and a space also as <c>+</c> (form encoding); so a secret the server quotes
    /// back URL-encoded (a query string, a <c>Bearer%20…</c> header echoed in a log line) or HTML-escaped is found
    /// whatever it escaped and whatever it left alone.
    /// </summary>
    private static Regex Pattern(string secret)
    {
        var pattern = new StringBuilder(secret.Length * 64);
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < secret.Length; i++)
        {
            // One character at a time; a surrogate pair is one character (one code point, one run of UTF-8 bytes).
            var pair = char.IsHighSurrogate(secret[i]) && i + 1 < secret.Length && char.IsLowSurrogate(secret[i + 1]);
            var text = secret.AsSpan(i, pair ? 2 : 1);
            var codePoint = pair ? char.ConvertToUtf32(secret[i], secret[i + 1]) : secret[i];
            pattern.Append("(?:").Append(Regex.Escape(text.ToString())).Append('|');
            foreach (var unit in text)
            {
                // One backslash or more: a JSON dump quoted inside a JSON string has its escapes' backslashes escaped again.
                pattern.Append(@"\\+u(?i:").Append(((int)unit).ToString("x4", CultureInfo.InvariantCulture)).Append(')');
            }

            pattern.Append('|').Append(Ampersand).Append("#0*").Append(codePoint.ToString(CultureInfo.InvariantCulture)).Append(';')
                .Append('|').Append(Ampersand).Append("#[xX]0*(?i:").Append(codePoint.ToString("x", CultureInfo.InvariantCulture)).Append(");");
            if (text[0] == '/')
            {
                pattern.Append(@"|\\+/");
            }

            if (text[0] == ' ')
            {
                pattern.Append(@"|\+");
            }

            // An unpaired surrogate has no UTF-8 bytes, so no percent-encoding.
            if (pair || !char.IsSurrogate(text[0]))
            {
                pattern.Append('|');
                var length = Encoding.UTF8.GetBytes(text, bytes);
                for (var b = 0; b < length; b++)
                {
                    pattern.Append(Percent).Append("(?:25)?(?i:").Append(bytes[b].ToString("x2", CultureInfo.InvariantCulture)).Append(')');
                }
            }

            pattern.Append(')');
            if (pair)
            {
                i++;
            }
        }

        return new Regex(pattern.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
