using System.Diagnostics;

namespace Masivo.Sdk.Internal;

/// <summary>
/// The accounts of one migration: every batch's outcome, in order, and the counts progress reports
/// are made of. Every record read ends up in exactly one batch result.
/// </summary>
internal sealed class MigrationLedger<T>(MigrationPlan<T> plan, int? knownCount)
{
    private readonly List<MigrationBatchResult<T>> _batches = [];
    private readonly long _started = plan.TimeProvider.GetTimestamp();
    private int _sent;
    private int _succeeded;
    private int _failed;
    private int _failedBatches;

    /// <summary>Gets what the caller's progress handler threw, if it did: reporting then stops, the accounts do not.</summary>
    public Exception? ProgressFailure { get; private set; }

    public void Sending(MigrationBatch<T> batch, int recordsRead)
    {
        _sent += batch.Records.Count;
        Report(recordsRead);
    }

    public void Succeeded(MigrationBatch<T> batch, string? message, int recordsRead)
    {
        _batches.Add(new MigrationBatchResult<T>(batch.Index, batch.FirstRecordIndex, batch.Records.Count, message));
        _succeeded += batch.Records.Count;
        Report(recordsRead);
    }

    public void Failed(MigrationBatch<T> batch, MasivoException error, bool mayHaveBeenProcessed, int recordsRead)
    {
        _batches.Add(new MigrationBatchResult<T>(batch.Index, batch.FirstRecordIndex, batch.Records, error, mayHaveBeenProcessed));
        _failed += batch.Records.Count;
        _failedBatches++;
        Report(recordsRead);
    }

    /// <summary>Records a batch that was read but never sent, so its records are not lost.</summary>
    public void NotSent(MigrationBatch<T> batch, string reason, int recordsRead) =>
        Failed(batch, new MasivoException($"Batch {batch.Index} was not sent: {reason}") { Operation = plan.Operation.Name }, mayHaveBeenProcessed: false, recordsRead);

    /// <summary>The account so far; every record read is in a batch, so the counts come from the batches.</summary>
    public MigrationResult<T> Result(int recordsRead)
    {
        var result = new MigrationResult<T>(_batches.OrderBy(b => b.BatchIndex).ToArray(), plan.TimeProvider.GetElapsedTime(_started));
        Debug.Assert(result.TotalRecords == recordsRead, "every record read is in exactly one batch");
        return result;
    }

    private void Report(int recordsRead)
    {
        if (plan.Options.Progress is not { } progress || ProgressFailure is not null)
        {
            return;
        }

        var elapsed = plan.TimeProvider.GetElapsedTime(_started);
        TimeSpan? remaining = null;
        if (knownCount is { } total)
        {
            var completed = _batches.Count;

            // Under a batch weight a batch holds what its records' weights allow: judge by the batches done so far.
            var recordsPerBatch = plan.Weight is null || completed == 0 ? plan.BatchSize : Math.Max(1.0, (_succeeded + _failed) / (double)completed);
            var batchesLeft = (int)Math.Ceiling((total - _succeeded - _failed) / recordsPerBatch);
            var perBatch = completed == 0 ? plan.Pacer.Interval : TimeSpan.FromTicks(Math.Max(plan.Pacer.Interval.Ticks, elapsed.Ticks / completed));
            remaining = perBatch * batchesLeft;
        }

        try
        {
            progress.Report(Snapshot(recordsRead, elapsed, remaining));
        }
        catch (Exception exception)
        {
            ProgressFailure = exception;
        }
    }

    private MigrationProgress Snapshot(int recordsRead, TimeSpan elapsed, TimeSpan? remaining) =>
        new()
        {
            RecordsRead = recordsRead,
            RecordsSent = _sent,
            RecordsSucceeded = _succeeded,
            RecordsFailed = _failed,
            BatchesCompleted = _batches.Count,
            BatchesFailed = _failedBatches,
            TotalRecords = knownCount,
            Elapsed = elapsed,
            EstimatedTimeRemaining = remaining,
        };
}
