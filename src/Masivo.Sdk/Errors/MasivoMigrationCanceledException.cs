namespace Masivo.Sdk;

/// <summary>
/// A migration was cancelled by its caller. It is an <see cref="OperationCanceledException"/>, so
/// cancellation handling is unchanged, and it carries the account of every record read:
/// <see cref="Result"/> says what was acknowledged and where to resume.
/// </summary>
public sealed class MasivoMigrationCanceledException : OperationCanceledException
{
    /// <summary>Initializes a new instance of the <see cref="MasivoMigrationCanceledException"/> class.</summary>
    /// <param name="result">The account of the migration up to the cancellation.</param>
    /// <param name="innerException">The cancellation as it was observed.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    public MasivoMigrationCanceledException(MigrationResult result, Exception? innerException, CancellationToken cancellationToken)
        : base(
            $"The migration was cancelled after {result?.SucceededRecords} of {result?.TotalRecords} records read were acknowledged; resume with Skip({result?.NextRecordIndex}).",
            innerException,
            cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        Result = result;
    }

    /// <summary>Initializes a new instance of the <see cref="MasivoMigrationCanceledException"/> class with its own message.</summary>
    internal MasivoMigrationCanceledException(string message, MigrationResult result, Exception? innerException, CancellationToken cancellationToken)
        : base(message, innerException, cancellationToken)
    {
        Result = result;
    }

    /// <summary>Gets the account of the migration; cast it to <see cref="MigrationResult{T}"/> for the records not acknowledged.</summary>
    public MigrationResult Result { get; }
}
