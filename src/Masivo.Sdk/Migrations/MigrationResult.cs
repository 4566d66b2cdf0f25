namespace Masivo.Sdk;

/// <summary>
/// What every migration reports, whatever its record type. The invariant, however the migration ended:
/// every record read is in exactly one batch, batches follow the source in order, <see cref="TotalRecords"/>
/// is <see cref="SucceededRecords"/> plus <see cref="FailedRecords"/>, and every record before
/// <see cref="NextRecordIndex"/> was acknowledged, so resuming with <c>Skip(NextRecordIndex)</c> loses nothing.
/// </summary>
public abstract class MigrationResult
{
    private protected MigrationResult(int totalRecords, int succeededRecords, int failedRecords, int nextRecordIndex, TimeSpan elapsed)
    {
        TotalRecords = totalRecords;
        SucceededRecords = succeededRecords;
        FailedRecords = failedRecords;
        NextRecordIndex = nextRecordIndex;
        Elapsed = elapsed;
    }

    /// <summary>Gets the records read from the source; a stopped migration reads no further.</summary>
    public int TotalRecords { get; }

    /// <summary>Gets the records in batches Masivo acknowledged.</summary>
    public int SucceededRecords { get; }

    /// <summary>Gets the records in failed batches.</summary>
    public int FailedRecords { get; }

    /// <summary>
    /// Gets the index of the first record not acknowledged: resume with <c>source.Skip(NextRecordIndex)</c>.
    /// Equals <see cref="TotalRecords"/> when every record read was acknowledged. Not for a customers' events or
    /// transactions migration with <see cref="MigrationOptions.ContinueOnBatchFailure"/> on: acknowledged batches may
    /// follow a failed one, and sending them again migrates them twice; resend each failed batch's records instead.
    /// </summary>
    public int NextRecordIndex { get; }

    /// <summary>Gets how long the migration ran.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>Gets a value indicating whether no batch failed.</summary>
    public bool IsSuccess => FailedRecords == 0;
}
