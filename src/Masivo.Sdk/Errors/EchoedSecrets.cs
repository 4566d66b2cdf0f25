namespace Masivo.Sdk;

/// <summary>
/// Removes from an error body the secrets its request carried (the bearer token, the API key), should
/// the server quote them back: the body is the source of every message, detail and raw body the SDK
/// surfaces, so they are removed once, before anything is read from it.
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

        body = Remove(body, request.Headers.Authorization?.Parameter);
        if (request.Headers.TryGetValues("x-api-key", out var keys))
        {
            foreach (var key in keys)
            {
                body = Remove(body, key);
            }
        }

        return body;
    }

    private static string Remove(string body, string? secret)
    {
        if (secret is null || secret.Length < MinimumSecretLength)
        {
            return body;
        }

        // As sent, and as a JSON encoder that escapes '/' writes it.
        body = body.Replace(secret, Placeholder, StringComparison.Ordinal);
        return secret.Contains('/', StringComparison.Ordinal)
            ? body.Replace(secret.Replace("/", "\\/", StringComparison.Ordinal), Placeholder, StringComparison.Ordinal)
            : body;
    }
}
