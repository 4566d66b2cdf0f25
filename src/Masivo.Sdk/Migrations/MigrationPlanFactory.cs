
namespace Masivo.Sdk.Internal;

/// <summary>Builds the plan of a contacts or customers migration from the caller's options, checked before the source is read.</summary>
internal static class MigrationPlanFactory
{
    // A full-field record serializes to about 1.4 KB; sizes the first pooled segment of small batches.
    private const int BytesPerRecordGuess = 1400;

    public static MigrationPlan<TRecord> Create<TApi, TRecord, TBody>(MigrationEndpoint<TApi, TRecord, TBody> endpoint, MigrationOptions? options, MasivoClientContext context)
        where TApi : class
    {
        options ??= new MigrationOptions();
        var batchSize = MigrationOptionsValidation.ResolveBatchSize(options, endpoint.DefaultBatchSize);
        MigrationOptionsValidation.ValidateTimeZone(options, endpoint.TimeZoneAllowed, endpoint.RecordName);
        var timeZone = options.TimeZone;

        return new MigrationPlan<TRecord>
        {
            RecordName = endpoint.RecordName,
            MigrationName = endpoint.MigrationName,
            Operation = endpoint.Batch,
            BatchSize = batchSize,
            Weight = endpoint.Weight,
            Options = options,
            Pacer = context.MigrationPacer,
            TimeProvider = context.TimeProvider,
            ValidateRecord = endpoint.ValidateRecord,
            RecordId = endpoint.RecordId,
            Telemetry = context.Telemetry,
            SerializeBatch = batch => SerializedJson.Create(endpoint.CreateBody(batch), endpoint.BodyJson, (long)batch.Count * BytesPerRecordGuess),
            SendBatchAsync = async (body, batchIndex, recordCount, cancellationToken) =>
            {
                using var content = body.ToContent();
                var acknowledgement = await EndpointCall.SendAsync(
                    context,
                    endpoint.Batch,
                    new MigrationBatchRequest(content, timeZone),
                    new BatchInfo(batchIndex, recordCount),
                    cancellationToken).ConfigureAwait(false);
                return acknowledgement.Message;
            },
        };
    }
}
