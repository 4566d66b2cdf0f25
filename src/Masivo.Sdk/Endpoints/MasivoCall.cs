using System.Text.Json.Serialization.Metadata;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk.Internal;

/// <summary>
/// Runs one Refit call: reads the answer (<see cref="MasivoResponse"/>), unwraps <c>{"data": ...}</c>,
/// refuses an empty success body, maps any other exception to the SDK's own, and traces, times and logs the call.
/// A caller that waits out a 429 itself (the migration engine) says so, and the 429 is then recorded as
/// handled, not as a failure.
/// </summary>
internal static class MasivoCall
{
    public static async Task<T> RunAsync<TState, T>(
        ClientTelemetry telemetry,
        MasivoOperation operation,
        TState state,
        Func<TState, CancellationToken, Task<HttpResponseMessage>> call,
        JsonTypeInfo<DataEnvelope<T>> responseType,
        CancellationToken cancellationToken,
        IEnumerable<string>? queryFields = null,
        int? batchIndex = null,
        int? recordCount = null,
        bool rateLimitIsHandled = false)
        where T : class
    {
        var trace = telemetry.StartOperation(operation, queryFields, batchIndex, recordCount);
        try
        {
            DataEnvelope<T>? envelope;
            int statusCode;
            try
            {
                using var response = await call(state, cancellationToken).ConfigureAwait(false);
                statusCode = (int)response.StatusCode;
                envelope = await MasivoResponse.ReadAsync(response, responseType, operation, telemetry.TimeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not MasivoException && !(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                throw MasivoExceptionMapper.Map(exception, operation, cancellationToken);
            }

            var data = Unwrap(operation, envelope, statusCode);
            trace.Succeeded(statusCode);
            return data;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            trace.Cancelled();
            throw;
        }
        catch (MasivoRateLimitException limited) when (rateLimitIsHandled)
        {
            trace.RateLimited(limited);
            throw;
        }
        catch (Exception exception)
        {
            trace.Failed(exception);
            throw;
        }
    }

    /// <summary>The answer's <c>data</c>; a success without it (or with a blank string) is an invalid response.</summary>
    private static T Unwrap<T>(MasivoOperation operation, DataEnvelope<T>? envelope, int statusCode)
        where T : class
    {
        if (envelope?.Data is not { } data || (data is string text && string.IsNullOrWhiteSpace(text)))
        {
            throw Invalid(operation, statusCode, "with success but no \"data\"; the call may have succeeded.");
        }

        // A null where Masivo documents an object is refused, not handed on for the caller to trip over.
        if (ModelGraph.FindNullElement(data, "data") is { } path)
        {
            throw Invalid(operation, statusCode, $"with a null at {path}, where an object belongs; the call may have succeeded.");
        }

        return data;
    }

    private static MasivoInvalidResponseException Invalid(MasivoOperation operation, int statusCode, string what) =>
        new($"Masivo answered {statusCode} to {operation.Route} {what}", innerException: null)
        {
            StatusCode = statusCode,
            Operation = operation.Name,
        };
}
