using System.Globalization;

namespace Masivo.Sdk.Internal;

/// <summary>
/// Reads the source one batch at a time, validating each record as it is read. When reading stops
/// part-way (the source throws, the caller cancels, a record is invalid), the records read so far are
/// kept for <see cref="TakeUnfinished"/>, so that none of them is lost from the account.
/// </summary>
internal sealed class BatchReader<T>(IAsyncEnumerator<T> source, MigrationPlan<T> plan, CancellationToken cancellationToken)
{
    private int _batches;
    private List<T>? _unfinished;
    private int _unfinishedFirst;

    public int RecordsRead { get; private set; }

    /// <summary>Reads the next batch, or <see langword="null"/> at the end of the source.</summary>
    /// <exception cref="MigrationSourceException">The source threw, or a record cannot be migrated.</exception>
    /// <exception cref="OperationCanceledException">The caller cancelled while the source was read.</exception>
    public async ValueTask<MigrationBatch<T>?> ReadAsync()
    {
        _unfinishedFirst = RecordsRead;
        var records = _unfinished = new List<T>(plan.BatchSize);
        while (records.Count < plan.BatchSize && await MoveNextAsync().ConfigureAwait(false))
        {
            var record = source.Current;
            records.Add(record);
            RecordsRead++;
            if (Problem(plan, record, RecordsRead - 1) is { } invalid)
            {
                throw new MigrationSourceException(invalid.Message, invalid);
            }
        }

        _unfinished = null;
        return records.Count == 0 ? null : new MigrationBatch<T>(_batches++, _unfinishedFirst, records);
    }

    /// <summary>The records read into a batch that was never finished, if any, as a batch of their own.</summary>
    public MigrationBatch<T>? TakeUnfinished()
    {
        var records = _unfinished;
        _unfinished = null;
        return records is { Count: > 0 } ? new MigrationBatch<T>(_batches++, _unfinishedFirst, records) : null;
    }

    /// <summary>What is wrong with a record, naming it and the field, or <see langword="null"/> when it can be migrated.</summary>
    public static ArgumentException? Problem(MigrationPlan<T> plan, T record, int index)
    {
        try
        {
            if (record is null)
            {
                throw new ArgumentException("The record is null.");
            }

            plan.ValidateRecord?.Invoke(record);
            ModelGraph.RequireNoRepeatedMembers(record, plan.RecordName);
            return null;
        }
        catch (ArgumentException invalid)
        {
            return new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{plan.RecordName}[{index}] cannot be migrated: {invalid.Message}"),
                plan.RecordName,
                invalid);
        }
    }

    private async ValueTask<bool> MoveNextAsync()
    {
        try
        {
            return await source.MoveNextAsync().ConfigureAwait(false);
        }
        catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            throw new MigrationSourceException(
                string.Create(CultureInfo.InvariantCulture, $"the {plan.RecordName} source failed after {RecordsRead} records were read: {exception.GetType().Name}: {exception.Message}"),
                exception);
        }
    }
}
