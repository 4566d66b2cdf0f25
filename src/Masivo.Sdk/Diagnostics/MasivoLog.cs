using Microsoft.Extensions.Logging;

namespace Masivo.Sdk.Internal;

/// <summary>
/// The SDK's log events. None takes a body, a header value, a query value or an exception message:
/// only operation names, field names, counts, durations and status codes.
/// </summary>
internal static partial class MasivoLog
{
    [LoggerMessage(1, LogLevel.Debug, "{Operation} started{Detail}")]
    public static partial void OperationStarted(ILogger logger, string operation, string detail);

    [LoggerMessage(2, LogLevel.Debug, "{Operation} succeeded with status {StatusCode} in {ElapsedMs} ms")]
    public static partial void OperationSucceeded(ILogger logger, string operation, int? statusCode, long elapsedMs);

    [LoggerMessage(3, LogLevel.Warning, "{Operation} failed in {ElapsedMs} ms with {ErrorType} (status {StatusCode})")]
    public static partial void OperationFailed(ILogger logger, string operation, long elapsedMs, string errorType, int? statusCode);

    [LoggerMessage(14, LogLevel.Warning, "{Operation} failed in {ElapsedMs} ms with {ErrorType}")]
    public static partial void OperationFailedWithoutAnswer(ILogger logger, string operation, long elapsedMs, string errorType);

    [LoggerMessage(15, LogLevel.Warning, "{Operation} was not sent: the circuit breaker is open after repeated failures, for {RetryAfterMs} ms more")]
    public static partial void OperationRefusedByOpenCircuit(ILogger logger, string operation, long? retryAfterMs);

    [LoggerMessage(16, LogLevel.Debug, "{Operation} succeeded in {ElapsedMs} ms", EventName = "OperationSucceeded")]
    public static partial void OperationSucceededWithoutStatus(ILogger logger, string operation, long elapsedMs);

    [LoggerMessage(13, LogLevel.Debug, "{Operation} was answered 429 after {ElapsedMs} ms; it is sent again after {RetryAfterMs} ms")]
    public static partial void OperationRateLimited(ILogger logger, string operation, long elapsedMs, long? retryAfterMs);

    [LoggerMessage(4, LogLevel.Debug, "{Operation} was cancelled by the caller after {ElapsedMs} ms")]
    public static partial void OperationCancelled(ILogger logger, string operation, long elapsedMs);

    [LoggerMessage(5, LogLevel.Information, "{Operation} attempt {Attempt} failed with {Outcome}; retrying in {DelayMs} ms")]
    public static partial void RetryScheduled(ILogger logger, string operation, int attempt, string outcome, long delayMs);

    [LoggerMessage(6, LogLevel.Information, "Waiting {DelayMs} ms for Masivo's migration rate limit ({Reason})")]
    public static partial void RateLimitWait(ILogger logger, long delayMs, string reason);

    [LoggerMessage(7, LogLevel.Debug, "Waiting {DelayMs} ms to keep migration requests {IntervalMs} ms apart")]
    public static partial void PacingWait(ILogger logger, long delayMs, long intervalMs);

    [LoggerMessage(8, LogLevel.Information, "Obtained a new access token, refreshed again at {RefreshAt:o}")]
    public static partial void TokenRefreshed(ILogger logger, DateTimeOffset refreshAt);

    [LoggerMessage(9, LogLevel.Warning, "Exchanging the API key for an access token failed with {ErrorType} (status {StatusCode})")]
    public static partial void TokenRefreshFailed(ILogger logger, string errorType, int? statusCode);

    [LoggerMessage(10, LogLevel.Debug, "{Operation} batch {BatchIndex} of {RecordCount} records acknowledged")]
    public static partial void BatchAcknowledged(ILogger logger, string operation, int batchIndex, int recordCount);

    [LoggerMessage(11, LogLevel.Warning, "{Operation} batch {BatchIndex} of {RecordCount} records failed with {ErrorType} (status {StatusCode})")]
    public static partial void BatchFailed(ILogger logger, string operation, int batchIndex, int recordCount, string errorType, int? statusCode);

    [LoggerMessage(12, LogLevel.Information, "{Operation} finished in {ElapsedMs} ms: {Succeeded} records acknowledged, {Failed} failed, {Batches} batches")]
    public static partial void MigrationFinished(ILogger logger, string operation, long elapsedMs, int succeeded, int failed, int batches);
}
