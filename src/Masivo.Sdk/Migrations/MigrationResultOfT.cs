namespace Masivo.Sdk;

/// <summary>The outcome of a migration, batch by batch, with the records of every failed batch.</summary>
/// <typeparam name="T">The record type.</typeparam>
public sealed class MigrationResult<T> : MigrationResult
{
    internal MigrationResult(IReadOnlyList<MigrationBatchResult<T>> batches, int totalRecords, int nextRecordIndex, TimeSpan elapsed)
        : base(
            totalRecords,
            batches.Where(b => b.Succeeded).Sum(b => b.Count),
            batches.Where(b => !b.Succeeded).Sum(b => b.Count),
            nextRecordIndex,
            elapsed)
    {
        Batches = batches;
        FailedBatches = batches.Where(b => !b.Succeeded).ToArray();
    }

    /// <summary>Gets every batch, in order.</summary>
    public IReadOnlyList<MigrationBatchResult<T>> Batches { get; }

    /// <summary>Gets the batches that failed, in order, each with its records.</summary>
    public IReadOnlyList<MigrationBatchResult<T>> FailedBatches { get; }
}
