namespace Masivo.Sdk;

/// <summary>
/// A migration stopped at a batch that failed after retries (with
/// <see cref="MigrationOptions.ContinueOnBatchFailure"/> off). <see cref="Result"/> accounts for every
/// record read; resume with <c>source.Skip(Result.NextRecordIndex)</c>.
/// </summary>
public sealed class MasivoMigrationException : MasivoException
{
    /// <summary>Initializes a new instance of the <see cref="MasivoMigrationException"/> class.</summary>
    /// <param name="message">What happened and what to do about it.</param>
    /// <param name="result">The partial result.</param>
    /// <param name="innerException">The failed batch's error.</param>
    public MasivoMigrationException(string message, MigrationResult result, Exception? innerException)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(result);
        Result = result;
    }

    /// <summary>Gets the partial result; cast it to <see cref="MigrationResult{T}"/> for the failed records.</summary>
    public MigrationResult Result { get; }
}
