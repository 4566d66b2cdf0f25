namespace Masivo.Samples.Migration;

/// <summary>
/// Counts, during the first pass, the requests the migration will make, by the SDK's rule: a batch is
/// closed when it holds the batch size or when the next record's events (or transactions) would take it
/// past the most a request may hold, and that record starts the next batch.
/// </summary>
internal sealed class BatchCounter(int batchSize, int? itemLimit)
{
    private int _records;
    private long _items;

    /// <summary>Gets the batches counted so far.</summary>
    public int Batches { get; private set; }

    /// <summary>Gets the events (or transactions) of the records counted; 0 for the kinds that hold none.</summary>
    public long Items { get; private set; }

    /// <summary>Counts the next valid record, which holds <paramref name="items"/> events or transactions.</summary>
    public void Add(int items)
    {
        if (Batches == 0 || _records == batchSize || (itemLimit is { } limit && _items + items > limit))
        {
            Batches++;
            _records = 0;
            _items = 0;
        }

        _records++;
        _items += items;
        Items += items;
    }
}
