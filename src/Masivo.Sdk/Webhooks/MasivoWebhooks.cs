using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>
/// Reads the webhooks Masivo POSTs to your endpoint: <c>{"event": "CUSTOMER_ACCUMULATION", "data": {...}}</c>.
/// Masivo signs nothing, so a parsed webhook proves only its shape: protect the endpoint (a secret path, an IP
/// allow-list, HTTPS) and expect repeats (Masivo retries; handle each event idempotently). In ASP.NET Core,
/// <c>MapMasivoWebhooks</c> of the Masivo.Sdk.AspNetCore package reads, answers and dispatches them.
/// </summary>
public static class MasivoWebhooks
{
    /// <summary>The largest body <see cref="ParseAsync"/> reads: 1 MiB, far above a wallet's webhook.</summary>
    public const int MaxPayloadBytes = 1024 * 1024;

    /// <summary>Reads one webhook from its UTF-8 JSON body.</summary>
    /// <param name="utf8Json">The body, as received.</param>
    /// <returns>The webhook.</returns>
    /// <exception cref="FormatException">
    /// The body is not JSON, not an object, or has no <c>event</c> string or no <c>data</c>; the message says which.
    /// </exception>
    public static MasivoWebhookEvent Parse(ReadOnlySpan<byte> utf8Json) => WebhookPayloadReader.Read(utf8Json);

    /// <summary>Reads one webhook from a body stream, up to <see cref="MaxPayloadBytes"/>; the stream is left open.</summary>
    /// <param name="body">The body, such as <c>HttpRequest.Body</c>.</param>
    /// <param name="cancellationToken">A token to cancel the read.</param>
    /// <returns>The webhook.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">
    /// The body is longer than <see cref="MaxPayloadBytes"/>, not JSON, not an object, or has no <c>event</c> string or no
    /// <c>data</c>; the message says which.
    /// </exception>
    public static async ValueTask<MasivoWebhookEvent> ParseAsync(Stream body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var buffer = await WebhookBodyReader.ReadAsync(body, MaxPayloadBytes, cancellationToken).ConfigureAwait(false)
            ?? throw new FormatException($"The Masivo webhook body is longer than {MaxPayloadBytes} bytes.");
        return WebhookPayloadReader.Read(buffer.WrittenSpan);
    }
}
