namespace Masivo.Samples.Migration;

/// <summary>
/// Where every row of the input went: migrated (acknowledged by Masivo), rejected (in the rejected
/// file, with its line and reason) or failed (in the failed file, to send again). Rows that could not
/// even be read back for the failed file, because the input became unreadable, are counted apart.
/// </summary>
internal sealed record MigrationAccount(InputCount Input, int Migrated, int Failed, int NotRead, bool Cancelled)
{
    /// <summary>Gets the records Masivo may have processed, in the check file (customers' events and transactions only).</summary>
    public int ToCheck { get; init; }

    public int Rows => Input.Rows;

    public int Rejected => Input.Rejected;

    public bool AddsUp => Migrated + Rejected + Failed + ToCheck + NotRead == Rows;

    public int ExitCode =>
        Cancelled ? ExitCodes.Cancelled
        : Failed + ToCheck + NotRead > 0 ? ExitCodes.Failed
        : Rejected > 0 ? ExitCodes.Rejected
        : ExitCodes.Migrated;
}
