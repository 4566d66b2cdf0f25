using System.Net.Sockets;
using Polly;
using Polly.Timeout;

namespace Masivo.Sdk.Internal;

/// <summary>
/// What an attempt's outcome says: a success, a failure that may be retried for this endpoint (reads and
/// upserts on any transient failure; creates, redeems and history migrations only when Masivo certainly did not process them:
/// a 429, or no connection made), a failure that counts against Masivo's health, a connect failure.
/// </summary>
internal static class OutcomePredicates
{
    /// <summary>True when the failed attempt may be repeated for this operation, whatever the wait.</summary>
    /// <param name="outcome">The attempt's outcome.</param>
    /// <param name="operation">The operation, from the request.</param>
    public static bool IsRetryable(Outcome<HttpResponseMessage> outcome, MasivoEndpoint? operation)
    {
        var idempotent = operation?.IsIdempotent ?? false;

        if (outcome.Exception is { } exception)
        {
            return exception switch
            {
                TimeoutRejectedException => idempotent,
                HttpRequestException http when IsConnectFailure(http) => true,
                HttpRequestException => idempotent,
                _ => false,
            };
        }

        return (int)outcome.Result!.StatusCode switch
        {
            // A 429 was certainly not processed. Migrations wait out their 429s in the migration
            // engine, paced with the client's other migrations.
            429 => operation is not { IsMigration: true },
            408 => idempotent,
            >= 500 => idempotent,
            _ => false,
        };
    }

    /// <summary>True for an answer below 400: nothing to retry, and the common case, decided first.</summary>
    public static bool IsSuccess(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is null && outcome.Result is { } response && (int)response.StatusCode < 400;

    /// <summary>True for the failures that say Masivo is unhealthy (not a 429, not a client error): the circuit breaker counts these.</summary>
    public static bool IsServerFailure(Outcome<HttpResponseMessage> outcome) => outcome.Exception switch
    {
        TimeoutRejectedException or HttpRequestException or IOException => true,
        null => outcome.Result is { } response && ((int)response.StatusCode >= 500 || response.StatusCode == System.Net.HttpStatusCode.RequestTimeout),
        _ => false,
    };

    /// <summary>True when no connection was established, so the request never left this machine.</summary>
    public static bool IsConnectFailure(HttpRequestException exception) =>
        exception.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
        || exception.InnerException is SocketException
        {
            SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.HostUnreachable
                or SocketError.NetworkUnreachable or SocketError.TryAgain,
        };
}
