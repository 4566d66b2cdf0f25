using System.Text.Json.Serialization.Metadata;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk.Internal;

/// <summary>Builds the plan of a contacts or customers migration from the caller's options, checked before the source is read.</summary>
internal static class MigrationPlanFactory
{
    // A full-field record serializes to about 1.4 KB; sizes the first pooled segment of small batches.
    private const int BytesPerRecordGuess = 1400;

    public static MigrationPlan<T> Create<T, TBody>(
        string recordName,
        MasivoOperation operation,
        MigrationOptions? options,
        int defaultBatchSize,
        bool timeZoneAllowed,
        MasivoClientContext context,
        Func<IReadOnlyList<T>, TBody> toBody,
        JsonTypeInfo<TBody> bodyJson,
        Func<HttpContent, string?, CancellationToken, Task<HttpResponseMessage>> send,
        Action<T>? validateRecord)
    {
        options ??= new MigrationOptions();
        var batchSize = MigrationOptionsValidation.ResolveBatchSize(options, defaultBatchSize);
        MigrationOptionsValidation.ValidateTimeZone(options, timeZoneAllowed);
        var timeZone = options.TimeZone;

        return new MigrationPlan<T>
        {
            RecordName = recordName,
            Operation = operation,
            BatchSize = batchSize,
            Options = options,
            Pacer = context.MigrationPacer,
            TimeProvider = context.TimeProvider,
            ValidateRecord = validateRecord,
            Telemetry = context.Telemetry,
            SerializeBatch = batch => SerializedJson.Create(toBody(batch), bodyJson, (long)batch.Count * BytesPerRecordGuess),
            SendBatchAsync = async (body, batchIndex, recordCount, cancellationToken) =>
            {
                using var content = body.ToContent();
                var acknowledgement = await MasivoCall.RunAsync(
                    context.Telemetry,
                    operation,
                    (send, content, timeZone),
                    static (state, token) => state.send(state.content, state.timeZone, token),
                    MasivoJsonContext.Default.DataEnvelopeMigrationAcknowledgement,
                    cancellationToken,
                    batchIndex: batchIndex,
                    recordCount: recordCount,
                    rateLimitIsHandled: true).ConfigureAwait(false);
                return acknowledgement.Message;
            },
        };
    }
}
