using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Masivo.Sdk.Internal;

/// <summary>
/// Maps whatever the HTTP stack throws (Refit, Polly, sockets, JSON) to the SDK's own exceptions,
/// so no third-party exception type reaches a caller. A caller's own cancellation passes through.
/// </summary>
internal static class MasivoExceptionMapper
{
    public static Exception Map(Exception exception, MasivoEndpoint? operation, CancellationToken cancellationToken)
    {
        var route = operation?.Route ?? "the request";
        return exception switch
        {
            MasivoException => exception,
            ObjectDisposedException => new ObjectDisposedException(
                nameof(MasivoClient),
                $"{route} did not complete: this MasivoClient has been disposed."
                + (operation is { IsIdempotent: false } ? " If the call was already in flight, Masivo may have processed it: check before repeating it." : string.Empty)),

            // Thrown while the request body is serialized, before anything is sent: the caller's data.
            ArgumentException argument => new ArgumentException($"{route} was not sent: its body cannot be serialized: {argument.Message}", "request", argument),
            InvalidDataException undecodable => new MasivoInvalidResponseException(
                $"Masivo answered {route} with a compressed body the SDK could not decompress: {undecodable.Message}", undecodable) { Operation = operation?.Name },
            OperationCanceledException when cancellationToken.IsCancellationRequested => exception,
            TimeoutRejectedException timeout => new MasivoTimeoutException(
                $"{route} timed out after {timeout.Timeout.TotalSeconds:0.###} s. "
                + (operation is { IsIdempotent: false }
                    ? "Masivo may still have processed it: check before repeating it."
                    : "Retry later, or raise AttemptTimeout/TotalTimeout."),
                timeout) { Operation = operation?.Name },
            BrokenCircuitException broken => new MasivoCircuitOpenException(
                $"{route} was not sent: recent calls to Masivo failed too often, so the client pauses calling it"
                + (broken.RetryAfter is { } wait ? $" for {wait.TotalSeconds:0.#} s more" : string.Empty)
                + ". Retry later; nothing was sent, so repeating it is safe.",
                broken.RetryAfter,
                broken) { Operation = operation?.Name },
            OperationCanceledException => new MasivoTimeoutException(
                $"{route} was cancelled by the HTTP stack before it completed.", exception) { Operation = operation?.Name },
            HttpRequestException http => Connection(http, route, operation),
            IOException io => new MasivoConnectionException(
                $"The connection broke while {route} was being answered: {io.Message}", io) { Operation = operation?.Name },
            JsonException json => new MasivoInvalidResponseException(
                $"Masivo answered {route} with a body the SDK could not read: {json.Message}", json) { Operation = operation?.Name },
            _ => new MasivoException($"{route} failed unexpectedly: {exception.GetType().Name}: {exception.Message}", exception) { Operation = operation?.Name },
        };
    }

    private static MasivoConnectionException Connection(HttpRequestException exception, string route, MasivoEndpoint? operation)
    {
        var notSent = OutcomePredicates.IsConnectFailure(exception);
        var message = notSent
            ? $"Could not connect to Masivo for {route}: {exception.Message} Check BaseAddress and the network."
            : $"The connection to Masivo broke during {route}: {exception.Message}"
                + (operation is { IsIdempotent: false } ? " Masivo may have processed it: check before repeating it." : " Retry later.");
        return new MasivoConnectionException(message, exception) { Operation = operation?.Name, RequestMayHaveBeenSent = !notSent };
    }
}
