namespace Masivo.Sdk;

/// <summary>
/// A migration stopped: a batch failed after retries (with <see cref="MigrationOptions.ContinueOnBatchFailure"/>
/// off; the batch's error is the <see cref="Exception.InnerException"/>), the source threw, a record read
/// from it is invalid, or the progress handler threw (the cause is the <see cref="Exception.InnerException"/>).
/// <see cref="Result"/> holds every record read in exactly one batch (acknowledged, sent and failed, or
/// read and never sent, the last two with their records); resume with <c>source.Skip(Result.NextRecordIndex)</c>,
/// except for a customers' events or transactions migration with <see cref="MigrationOptions.ContinueOnBatchFailure"/> on:
/// acknowledged batches may follow a failed one there, and that migration is not an upsert, so resend each failed
/// batch's records instead (its message says so).
/// </summary>
public sealed class MasivoMigrationException : MasivoException
{
    /// <summary>Initializes a new instance of the <see cref="MasivoMigrationException"/> class.</summary>
    /// <param name="message">What happened and what to do about it.</param>
    /// <param name="result">The partial result.</param>
    /// <param name="innerException">The failed batch's error, or what stopped the migration.</param>
    public MasivoMigrationException(string message, MigrationResult result, Exception? innerException)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(result);
        Result = result;
    }

    /// <summary>Gets the partial result; cast it to <see cref="MigrationResult{T}"/> for the failed records.</summary>
    public MigrationResult Result { get; }
}
