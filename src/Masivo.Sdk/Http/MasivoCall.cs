using Masivo.Sdk.Serialization;

namespace Masivo.Sdk.Http;

/// <summary>
/// Runs one Refit call: unwraps <c>{"data": ...}</c>, refuses an empty success body, and maps any
/// exception that escaped Refit's factories to the SDK's own.
/// </summary>
internal static class MasivoCall
{
    public static async Task<T> RunAsync<TState, T>(
        MasivoOperation operation,
        TState state,
        Func<TState, CancellationToken, Task<DataEnvelope<T>>> call,
        CancellationToken cancellationToken)
        where T : class
    {
        DataEnvelope<T>? envelope;
        try
        {
            envelope = await call(state, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not MasivoException && !(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            throw MasivoExceptionMapper.Map(exception, operation, cancellationToken);
        }

        return envelope?.Data ?? throw new MasivoInvalidResponseException(
            $"Masivo answered {operation.Route} with success but no \"data\"; the call may have succeeded.", innerException: null)
        {
            Operation = operation.Name,
        };
    }
}
