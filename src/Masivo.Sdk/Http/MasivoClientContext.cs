using Masivo.Sdk.Migrations;

namespace Masivo.Sdk.Http;

/// <summary>What the resource clients of one configured client share besides their Refit interfaces.</summary>
internal sealed class MasivoClientContext(MasivoClientOptions options, TimeProvider timeProvider)
{
    public MasivoClientOptions Options { get; } = options;

    public TimeProvider TimeProvider { get; } = timeProvider;

    /// <summary>Gets the pacing shared by every migration of this client: Masivo limits migrations per account.</summary>
    public MigrationPacer MigrationPacer { get; } = new(timeProvider, options.MigrationRequestInterval, options.MaxRetryAfter);
}
