namespace Masivo.Sdk;

/// <summary>What happened to one batch of a migration.</summary>
/// <typeparam name="T">The record type.</typeparam>
public sealed class MigrationBatchResult<T>
{
    internal MigrationBatchResult(int batchIndex, int firstRecordIndex, int count, string? message, MasivoException? error, IReadOnlyList<T>? records)
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
