namespace Masivo.Samples.Migration;

/// <summary>What the command line asked for, already checked.</summary>
internal sealed record MigrationSettings(
    string? File,
    RecordKind Kind,
    bool DryRun,
    int? BatchSize,
    string? TimeZone,
    string? RejectedFile,
    string? FailedFile,
    bool Overwrite,
    int SampleCount,
    TimeSpan? Interval)
{
    public int EffectiveBatchSize => BatchSize ?? Kind.DefaultBatchSize();
}
