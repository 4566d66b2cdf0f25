using Masivo.Sdk.Diagnostics;
using Masivo.Sdk.Migrations;
using Microsoft.Extensions.Logging;

namespace Masivo.Sdk.Http;

/// <summary>What the resource clients of one configured client share besides their Refit interfaces.</summary>
internal sealed class MasivoClientContext
{
    public MasivoClientContext(MasivoClientOptions options, TimeProvider timeProvider, ILoggerFactory? loggerFactory = null)
    {
        Options = options;
        TimeProvider = timeProvider;
        Telemetry = new ClientTelemetry(loggerFactory, options.BaseAddress, timeProvider);
        MigrationPacer = new MigrationPacer(timeProvider, options.MigrationRequestInterval, options.MaxRetryAfter, Telemetry);
    }

    public MasivoClientOptions Options { get; }

    public TimeProvider TimeProvider { get; }

    /// <summary>Gets the client's logger, and the tags its traces and metrics carry.</summary>
    public ClientTelemetry Telemetry { get; }

    /// <summary>Gets the pacing shared by every migration of this client: Masivo limits migrations per account.</summary>
    public MigrationPacer MigrationPacer { get; }
}
