using System.Text.Json.Serialization.Metadata;
using Masivo.Sdk.Http;
using Masivo.Sdk.Serialization;

namespace Masivo.Sdk.Migrations;

/// <summary>Builds the plan of a contacts or customers migration from the caller's options, checked before the source is read.</summary>
internal static class MigrationPlanFactory
{
    // A full-field record serializes to about 2 KB; the first batch's buffer grows from this guess,
    // later batches start from the size of the one before.
    private const int BytesPerRecordGuess = 2048;

    public static MigrationPlan<T> Create<T, TBody>(
        string recordName,
        MasivoOperation operation,
        MigrationOptions? options,
        int defaultBatchSize,
        bool timeZoneAllowed,
        MasivoClientContext context,
        Func<IReadOnlyList<T>, TBody> toBody,
        JsonTypeInfo<TBody> bodyJson,
        Func<HttpContent, string?, CancellationToken, Task<DataEnvelope<MigrationAcknowledgement>>> send,
        Action<T>? validateRecord)
    {
        options ??= new MigrationOptions();
        var batchSize = MigrationOptionsValidation.ResolveBatchSize(options, defaultBatchSize);
        MigrationOptionsValidation.ValidateTimeZone(options, timeZoneAllowed);
        var timeZone = options.TimeZone;
        var lastBodySize = 0;

        return new MigrationPlan<T>
        {
            RecordName = recordName,
            Operation = operation,
            BatchSize = batchSize,
            Options = options,
            Pacer = context.MigrationPacer,
            TimeProvider = context.TimeProvider,
            ValidateRecord = validateRecord,
            SendBatchAsync = async (batch, cancellationToken) =>
            {
                var sizeHint = lastBodySize > 0 ? lastBodySize : batch.Count * BytesPerRecordGuess;
                using var content = PooledJsonContent.Create(toBody(batch), bodyJson, sizeHint);
                lastBodySize = (int)content.Headers.ContentLength!.Value;
                var acknowledgement = await MasivoCall.RunAsync(
                    operation,
                    (send, content, timeZone),
                    static (state, token) => state.send(state.content, state.timeZone, token),
                    cancellationToken).ConfigureAwait(false);
                return acknowledgement.Message;
            },
        };
    }
}
