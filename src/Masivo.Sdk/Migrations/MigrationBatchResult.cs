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
        : this(batchIndex, firstRecordIndex, count, message, error: null, records: null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(batchIndex);
        ArgumentOutOfRangeException.ThrowIfNegative(firstRecordIndex);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
    }

    /// <summary>Initializes a new instance of the <see cref="MigrationBatchResult{T}"/> class for a batch that failed or was never sent.</summary>
    /// <param name="batchIndex">The batch's position in the migration, from 0.</param>
    /// <param name="firstRecordIndex">The source index of the batch's first record.</param>
    /// <param name="records">The batch's records, to send again.</param>
    /// <param name="error">Why it failed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or <paramref name="error"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An index is negative, or there are no records.</exception>
    public MigrationBatchResult(int batchIndex, int firstRecordIndex, IReadOnlyList<T> records, MasivoException error)
        : this(batchIndex, firstRecordIndex, records?.Count ?? throw new ArgumentNullException(nameof(records)), message: null, error ?? throw new ArgumentNullException(nameof(error)), records.ToArray())
    {
        ArgumentOutOfRangeException.ThrowIfNegative(batchIndex);
        ArgumentOutOfRangeException.ThrowIfNegative(firstRecordIndex);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(records.Count, nameof(records));
    }

    private MigrationBatchResult(int batchIndex, int firstRecordIndex, int count, string? message, MasivoException? error, IReadOnlyList<T>? records)
    {
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

    /// <summary>Gets the batch's records when it failed, to send again; <see langword="null"/> for a succeeded batch.</summary>
    public IReadOnlyList<T>? Records { get; }
}
