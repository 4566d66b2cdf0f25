namespace Masivo.Sdk;

/// <summary>A snapshot of a running migration.</summary>
public sealed class MigrationProgress
{
    /// <summary>Gets the records read from the source so far.</summary>
    public required int RecordsRead { get; init; }

    /// <summary>Gets the records sent to Masivo so far, acknowledged or not.</summary>
    public required int RecordsSent { get; init; }

    /// <summary>Gets the records in batches Masivo acknowledged.</summary>
    public required int RecordsSucceeded { get; init; }

    /// <summary>Gets the records in batches that failed.</summary>
    public required int RecordsFailed { get; init; }

    /// <summary>Gets the batches completed, succeeded or failed.</summary>
    public required int BatchesCompleted { get; init; }

    /// <summary>Gets the batches that failed.</summary>
    public required int BatchesFailed { get; init; }

    /// <summary>Gets the number of records in the source, when it is known up front (a collection).</summary>
    public int? TotalRecords { get; init; }

    /// <summary>Gets the time since the migration started.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>
    /// Gets an estimate of the time left, from the records left, the batch size and the request pacing,
    /// when <see cref="TotalRecords"/> is known.
    /// </summary>
    public TimeSpan? EstimatedTimeRemaining { get; init; }
}
