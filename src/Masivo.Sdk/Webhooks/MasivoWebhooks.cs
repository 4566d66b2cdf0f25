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

    /// <summary>
    /// Reads one webhook from its UTF-8 JSON body (a byte order mark is allowed). The body must be UTF-8 and every string in
    /// it, <c>data</c>'s included, valid Unicode, so every string of the webhook reads; anything else is refused here.
    /// </summary>
    /// <param name="utf8Json">The body, as received.</param>
    /// <returns>The webhook.</returns>
    /// <exception cref="MasivoWebhookFormatException">
    /// (a <see cref="FormatException"/>, and the only exception a malformed body causes) The body is empty, not UTF-8, not
    /// JSON, deeper than 64 levels, not an object, holds a string that is not valid Unicode (a lone surrogate escape), has
    /// <c>event</c> or <c>data</c> twice, no <c>event</c> string that is not blank, or no <c>data</c>; the message says which.
    /// </exception>
    public static MasivoWebhookEvent Parse(ReadOnlySpan<byte> utf8Json) => WebhookPayloadReader.Read(utf8Json);

    /// <summary>Reads one webhook from a body stream, up to <see cref="MaxPayloadBytes"/>; the stream is left open.</summary>
    /// <param name="body">The body, such as <c>HttpRequest.Body</c>.</param>
    /// <param name="cancellationToken">A token to cancel the read.</param>
    /// <returns>The webhook.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is <see langword="null"/>.</exception>
    /// <exception cref="MasivoWebhookFormatException">
    /// (a <see cref="FormatException"/>) The body is longer than <see cref="MaxPayloadBytes"/>, or not a webhook, as
    /// <see cref="Parse"/> says; the message says which. Failures of the stream itself (an <see cref="IOException"/>, the
    /// cancellation) are not caught.
    /// </exception>
    public static async ValueTask<MasivoWebhookEvent> ParseAsync(Stream body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var buffer = await WebhookBodyReader.ReadAsync(body, MaxPayloadBytes, cancellationToken).ConfigureAwait(false)
            ?? throw new MasivoWebhookFormatException($"The Masivo webhook body is longer than {MaxPayloadBytes} bytes.");
        return WebhookPayloadReader.Read(buffer.WrittenSpan);
    }
}
