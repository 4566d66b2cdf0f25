namespace Masivo.Sdk;

/// <summary>What happened to one batch of a migration.</summary>
/// <typeparam name="T">The record type.</typeparam>
public sealed class MigrationBatchResult<T>
{
    /// <summary>Initializes a new instance of the <see cref="MigrationBatchResult{T}"/> class for a batch Masivo acknowledged (in a test double, say).</summary>
    /// <param name="batchIndex">The batch's position in the migration, from 0.</param>
    /// <param name="firstRecordIndex">The source index of the batch's first record.</param>
    /// <param name="count">The number of records in the batch.</param>
    /// <param name="message">The server's message.</param>
    /// <exception cref="ArgumentOutOfRangeException">An index is negative, or the count is not positive.</exception>
    public MigrationBatchResult(int batchIndex, int firstRecordIndex, int count, string? message)
        : this(batchIndex, firstRecordIndex, count, message, error: null, records: null, mayHaveBeenProcessed: true)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(batchIndex);
        ArgumentOutOfRangeException.ThrowIfNegative(firstRecordIndex);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
    }

    /// <summary>
    /// Initializes a new instance of the <see cref="MigrationBatchResult{T}"/> class for a batch that failed or was never
    /// sent, which Masivo may have processed all the same (<see cref="MayHaveBeenProcessed"/> is <see langword="true"/>).
    /// </summary>
    /// <param name="batchIndex">The batch's position in the migration, from 0.</param>
    /// <param name="firstRecordIndex">The source index of the batch's first record.</param>
    /// <param name="records">The batch's records, to send again.</param>
    /// <param name="error">Why it failed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or <paramref name="error"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An index is negative, or there are no records.</exception>
    public MigrationBatchResult(int batchIndex, int firstRecordIndex, IReadOnlyList<T> records, MasivoException error)
        : this(batchIndex, firstRecordIndex, records, error, mayHaveBeenProcessed: true)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="MigrationBatchResult{T}"/> class for a batch that failed or was never sent.</summary>
    /// <param name="batchIndex">The batch's position in the migration, from 0.</param>
    /// <param name="firstRecordIndex">The source index of the batch's first record.</param>
    /// <param name="records">The batch's records, to send again.</param>
    /// <param name="error">Why it failed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or <paramref name="error"/> is <see langword="null"/>.</exception>
    /// <param name="mayHaveBeenProcessed">Whether Masivo may have processed the batch despite the failure (see <see cref="MayHaveBeenProcessed"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException">An index is negative, or there are no records.</exception>
    public MigrationBatchResult(int batchIndex, int firstRecordIndex, IReadOnlyList<T> records, MasivoException error, bool mayHaveBeenProcessed)
        : this(batchIndex, firstRecordIndex, records?.Count ?? throw new ArgumentNullException(nameof(records)), message: null, error ?? throw new ArgumentNullException(nameof(error)), records.ToArray(), mayHaveBeenProcessed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(batchIndex);
        ArgumentOutOfRangeException.ThrowIfNegative(firstRecordIndex);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(records.Count, nameof(records));
    }

    private MigrationBatchResult(int batchIndex, int firstRecordIndex, int count, string? message, MasivoException? error, IReadOnlyList<T>? records, bool mayHaveBeenProcessed)
    {
        MayHaveBeenProcessed = mayHaveBeenProcessed;
        BatchIndex = batchIndex;
        FirstRecordIndex = firstRecordIndex;
        Count = count;
        Message = message;
        Error = error;
        Records = records;
    }

    /// <summary>Gets the batch's position in the migration, from 0.</summary>
    public int BatchIndex { get; }

    /// <summary>Gets the source index of the batch's first record.</summary>
    public int FirstRecordIndex { get; }

    /// <summary>Gets the number of records in the batch.</summary>
    public int Count { get; }

    /// <summary>Gets a value indicating whether Masivo acknowledged the batch.</summary>
    public bool Succeeded => Error is null;

    /// <summary>Gets the server's message for an acknowledged batch, such as "Contacts batch enqueued successfully".</summary>
    public string? Message { get; }

    /// <summary>Gets why the batch failed, after retries; for a batch read but never sent (the migration stopped first, or it cannot be serialized) the message says "was not sent".</summary>
    public MasivoException? Error { get; }

    /// <summary>
    /// Gets a value indicating whether Masivo processed this batch or may have: <see langword="true"/> for an acknowledged
    /// batch and for a failure that may hide a success (a 5xx, a timeout, a connection dropped after sending, a
    /// cancellation while the batch was in flight); <see langword="false"/> when Masivo certainly did not process it (a
    /// 4xx such as a 422 or a 429 not waited out, no connection made, a batch never sent), so sending its
    /// <see cref="Records"/> again cannot migrate anything twice. It matters for the customers' events and transactions
    /// migrations, which are not upserts: check such a batch's customers before sending it again.
    /// </summary>
    public bool MayHaveBeenProcessed { get; }

    /// <summary>Gets the batch's records when it failed, to send again; <see langword="null"/> for a succeeded batch.</summary>
    public IReadOnlyList<T>? Records { get; }
}
