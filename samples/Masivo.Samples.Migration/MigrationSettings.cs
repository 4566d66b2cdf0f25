namespace Masivo.Samples.Migration;

/// <summary>What the command line asked for.</summary>
internal sealed record MigrationSettings(
    string? File,
    RecordKind Kind,
    bool DryRun,
    int? BatchSize,
    string? TimeZone,
    string? RejectedFile,
    string? FailedFile,
    int SampleCount,
    TimeSpan? Interval);
