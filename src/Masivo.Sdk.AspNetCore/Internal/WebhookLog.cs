using Microsoft.Extensions.Logging;

namespace Masivo.Sdk.AspNetCore.Internal;

/// <summary>
/// The webhook endpoint's log events, under the category <see cref="Category"/>. Event names are escaped by
/// <see cref="MasivoWebhookEvent.ToString"/>; no value from a webhook's data is logged.
/// </summary>
internal static partial class WebhookLog
{
    public const string Category = "Masivo.Sdk.AspNetCore.Webhooks";

    [LoggerMessage(1, LogLevel.Debug, "A request to the Masivo webhook endpoint was refused with {StatusCode}: {Reason}")]
    public static partial void Refused(ILogger logger, int statusCode, string reason);

    [LoggerMessage(2, LogLevel.Warning, "The data of the Masivo webhook {Event} cannot be read; it was answered 400, so Masivo does not deliver it again")]
    public static partial void DataUnreadable(ILogger logger, string @event, Exception exception);

    [LoggerMessage(3, LogLevel.Warning, "The Masivo webhook queue is full ({Capacity}) or stopping; {Event} was answered 503, so Masivo delivers it again")]
    public static partial void QueueFull(ILogger logger, int capacity, string @event);

    [LoggerMessage(4, LogLevel.Error, "The handler of the queued Masivo webhook {Event} failed; it was answered 202, so Masivo does not deliver it again")]
    public static partial void QueuedHandlerFailed(ILogger logger, string @event, Exception exception);

    [LoggerMessage(5, LogLevel.Error, "The host stopped before {Count} accepted Masivo webhooks were handled (or while one was handled); Masivo was answered 202, so they are lost")]
    public static partial void QueueAbandoned(ILogger logger, int count);

    [LoggerMessage(6, LogLevel.Warning, "The data of the queued Masivo webhook {Event} cannot be read; it was answered 202 and is dropped")]
    public static partial void QueuedDataUnreadable(ILogger logger, string @event, Exception exception);
}
