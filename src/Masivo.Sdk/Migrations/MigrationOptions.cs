namespace Masivo.Sdk;

/// <summary>How a migration is split, paced, reported and what it does when a batch fails.</summary>
public sealed class MigrationOptions
{
    /// <summary>The most records Masivo accepts in one migration request.</summary>
    public const int MaxBatchSize = 10_000;

    /// <summary>
    /// Gets or sets the records per request, 1 to 10,000. <see langword="null"/> uses the endpoint's
    /// default: 10,000 for contacts (the documented maximum), 1,000 for customers (Masivo's migration
    /// guide; raise it only for accounts where Masivo accepts larger batches).
    /// </summary>
    public int? BatchSize { get; set; }

    /// <summary>
    /// Gets or sets the IANA time zone Masivo uses to read the contacts' dates, overriding
    /// <see cref="MasivoClientOptions.TimeZone"/>. Contacts only.
    /// </summary>
    public string? TimeZone { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether a batch that still fails after retries is recorded and
    /// the migration carries on. When <see langword="false"/> (the default) the first failed batch
    /// stops the migration with a <see cref="MasivoMigrationException"/> that carries the partial result.
    /// </summary>
    public bool ContinueOnBatchFailure { get; set; }

    /// <summary>Gets or sets a receiver of progress reports, at least one per batch.</summary>
    public IProgress<MigrationProgress>? Progress { get; set; }
}
