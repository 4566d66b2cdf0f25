using System.Globalization;

namespace Masivo.Sdk.Internal;

/// <summary>
/// Reads the source one batch at a time, validating each record as it is read. A batch is closed when it
/// holds <see cref="MigrationPlan{T}.BatchSize"/> records or when, under a <see cref="BatchWeight{TRecord}"/>,
/// the next record would take it past the limit: that record has been read, and is carried over to start
/// the next batch. When reading stops part-way (the source throws, the caller cancels, a record is
/// invalid), or the migration stops while a record is carried over, the records read and not yet in a
/// batch are kept for <see cref="TakeUnfinished"/>, so that none of them is lost from the account.
/// </summary>
/// <param name="source">The records, in order.</param>
/// <param name="plan">The migration's plan.</param>
/// <param name="recordsChecked">Whether every record the source yields was checked before the migration began (a collection
/// checked whole): then each is only weighed as it is read.</param>
/// <param name="cancellationToken">The caller's cancellation.</param>
internal sealed class BatchReader<T>(IAsyncEnumerator<T> source, MigrationPlan<T> plan, bool recordsChecked, CancellationToken cancellationToken)
{
    private int _batches;
    private int _nextFirst;
    private List<T>? _unfinished;
    private (T Record, int Weight)? _carried;

    /// <summary>Gets how many records were read from the source, a record carried over to the next batch included.</summary>
    public int RecordsRead { get; private set; }

    /// <summary>Reads the next batch, or <see langword="null"/> at the end of the source.</summary>
    /// <exception cref="MigrationSourceException">The source threw, or a record cannot be migrated.</exception>
    /// <exception cref="OperationCanceledException">The caller cancelled while the source was read.</exception>
    public async ValueTask<MigrationBatch<T>?> ReadAsync()
    {
        // Made when a record is there to hold: the end of the source costs no list.
        List<T>? records = null;
        long weight = 0;
        if (_carried is { } carried)
        {
            _carried = null;
            records = _unfinished = new List<T>(Capacity(plan)) { carried.Record };
            weight = carried.Weight;
        }

        while ((records?.Count ?? 0) < plan.BatchSize && await MoveNextAsync().ConfigureAwait(false))
        {
            // Held before it is checked: whatever the check throws, the record read is in the account.
            var record = source.Current;
            records ??= _unfinished = new List<T>(Capacity(plan));
            records.Add(record);
            RecordsRead++;
            var recordWeight = 0;
            if (recordsChecked)
            {
                plan.Weight?.Weigh(record, out recordWeight);
            }
            else if (Problem(plan, record, RecordsRead - 1, out recordWeight) is { } invalid)
            {
                throw new MigrationSourceException(invalid.Message, invalid);
            }

            // A record fits a batch of its own (Problem refuses one that does not), so this closes a batch that holds others.
            if (plan.Weight is { } limit && weight + recordWeight > limit.Limit)
            {
                records.RemoveAt(records.Count - 1);
                _carried = (record, recordWeight);
                break;
            }

            weight += recordWeight;
        }

        _unfinished = null;
        return records is null ? null : Close(records);
    }

    /// <summary>
    /// The records read and not yet in a batch, if any, as a batch of their own: those of a batch whose
    /// reading never finished, or the record carried over to a batch not yet read.
    /// </summary>
    public MigrationBatch<T>? TakeUnfinished()
    {
        var records = _unfinished ?? (_carried is { } carried ? [carried.Record] : null);
        _unfinished = null;
        _carried = null;
        return records is { Count: > 0 } ? Close(records) : null;
    }

    /// <summary>What is wrong with a record, naming it and the field, or <see langword="null"/> when it can be migrated.</summary>
    public static ArgumentException? Problem(MigrationPlan<T> plan, T record, int index) => Problem(plan, record, index, out _);

    /// <summary>
    /// What is wrong with a record, naming it (by position, and by id where records have one) and the field, or
    /// <see langword="null"/> when it can be migrated; and its weight.
    /// </summary>
    public static ArgumentException? Problem(MigrationPlan<T> plan, T record, int index, out int weight)
    {
        weight = 0;
        try
        {
            if (record is null)
            {
                throw new ArgumentException("The record is null.");
            }

            plan.ValidateRecord?.Invoke(record);
            ModelGraph.RequireNoRepeatedMembers(record, plan.RecordName);
            if (plan.Weight?.Weigh(record, out weight) is { } tooHeavyOrLight)
            {
                throw new ArgumentException(tooHeavyOrLight);
            }

            return null;
        }
        catch (ArgumentException invalid)
        {
            return new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{plan.RecordName}[{index}]{IdOf(plan, record)} cannot be migrated: {ArgumentMessage.WithoutParameter(invalid)}"),
                plan.RecordName,
                invalid);
        }
    }

    /// <summary>The record's id, quoted for a message (<c> (id 'cust-7')</c>), where records have one and this one is set; else nothing.</summary>
    private static string IdOf(MigrationPlan<T> plan, T record) =>
        record is not null && plan.RecordId?.Invoke(record) is { } id && !string.IsNullOrWhiteSpace(id) ? $" (id {QuotedValue.Of(id)})" : string.Empty;

    // A batch never holds more records than its weight limit allows when each record must weigh something.
    private static int Capacity(MigrationPlan<T> plan) =>
        plan.Weight is { MinimumPerRecord: > 0 } weight ? Math.Min(plan.BatchSize, weight.Limit / weight.MinimumPerRecord) : plan.BatchSize;

    private MigrationBatch<T> Close(List<T> records)
    {
        var batch = new MigrationBatch<T>(_batches++, _nextFirst, records);
        _nextFirst += records.Count;
        return batch;
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
