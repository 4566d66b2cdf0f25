namespace Masivo.Samples.Migration;

/// <summary>
/// The tool's exit codes. Only <see cref="Migrated"/> means every row of the input reached Masivo;
/// when several apply, the first of cancelled, failed and rejected wins.
/// </summary>
internal static class ExitCodes
{
    /// <summary>Every row was migrated (on <c>--dry-run</c>: every row is valid). An empty file is this too.</summary>
    public const int Migrated = 0;

    /// <summary>
    /// Some records were not migrated: a batch failed or the migration stopped. They are in the failed file,
    /// to send again (or, if it could not be written, in the file or rows the run names).
    /// </summary>
    public const int Failed = 1;

    /// <summary>
    /// The command line is wrong (unknown option, invalid value, an option the kind does not take, no file for
    /// customers' events or transactions), the input cannot be read (no such file, no permission, a CSV header
    /// that cannot be read, a CSV file for customers' events or transactions), or an output file cannot be used (it is the input,
    /// both are one file, its folder is missing or not writable, or a file is there and --overwrite is not given).
    /// Nothing was sent.
    /// </summary>
    public const int Usage = 2;

    /// <summary>Some rows were rejected (listed with their line and reason in the rejected file) and every other row was migrated.</summary>
    public const int Rejected = 3;

    /// <summary>Cancelled with Ctrl+C; what was not acknowledged is in the failed file.</summary>
    public const int Cancelled = 130;
}
