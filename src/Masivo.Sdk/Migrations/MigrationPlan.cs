
namespace Masivo.Sdk.Internal;

/// <summary>Everything the engine needs to migrate one kind of record.</summary>
internal sealed class MigrationPlan<T>
{
    public required string RecordName { get; init; }

    /// <summary>Gets what messages call the whole migration, such as <c>customers' events migration</c>.</summary>
    public required string MigrationName { get; init; }

    /// <summary>
    /// Gets a value indicating whether resuming with <c>Skip(NextRecordIndex)</c> could send acknowledged batches again to
    /// a migration that is not an upsert: a history migration that carries on past failed batches
    /// (<see cref="MigrationOptions.ContinueOnBatchFailure"/>), whose failed batches may be followed by acknowledged ones.
    /// </summary>
    public bool ResumesByFailedBatches => !Operation.IsIdempotent && Options.ContinueOnBatchFailure;

    public required MasivoEndpoint Operation { get; init; }

    public required int BatchSize { get; init; }

    /// <summary>Gets what a batch is limited by beside <see cref="BatchSize"/>, if anything.</summary>
    public BatchWeight<T>? Weight { get; init; }

    public required MigrationOptions Options { get; init; }

    public required MigrationPacer Pacer { get; init; }

    public required TimeProvider TimeProvider { get; init; }

    /// <summary>Gets what serializes one batch's records into its request body, once: a resend after a 429 sends the same bytes.</summary>
    public required Func<IReadOnlyList<T>, SerializedJson> SerializeBatch { get; init; }

    /// <summary>Gets what sends one serialized batch (its body, index and record count) and returns Masivo's acknowledgement message.</summary>
    public required Func<SerializedJson, int, int, CancellationToken, Task<string?>> SendBatchAsync { get; init; }

    /// <summary>Gets the client's logger, and the tags its traces and metrics carry.</summary>
    public required ClientTelemetry Telemetry { get; init; }

    /// <summary>Throws an <see cref="ArgumentException"/> for a record that cannot be sent.</summary>
    public Action<T>? ValidateRecord { get; init; }

    /// <summary>Gets a record's id, to name a record that cannot be migrated beside its position; <see langword="null"/> when records are named by position only.</summary>
    public Func<T, string?>? RecordId { get; init; }
}
