using Masivo.Sdk.Testing;
using Masivo.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Masivo.Sdk.Tests.Diagnostics;

/// <summary>Behavioural: against the fake server, in API-key mode, with its migration limiter on.</summary>
public sealed class TokenAndPacingTelemetryTests
{
    [Fact]
    public async Task Token_refreshes_and_rate_limit_waits_are_counted_and_logged_without_the_key()
    {
        await using var masivo = await MasivoFakeServer.StartAsync(new MasivoFakeServerOptions { MigrationRequestInterval = TimeSpan.FromMilliseconds(800) });
        using var telemetry = new TelemetryRecorder(masivo.BaseAddress.Port);
        var logs = new RecordingLoggerProvider();
        var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs))
            .AddMasivoClient(o => masivo.CreateClientOptions().CopyTo(o))
            .Services;
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<MasivoClient>();

        await client.Contacts.MigrateAsync(
            Enumerable.Range(0, 3).Select(i => new ContactMigrationRecord { ExternalId = $"c-{i}" }),
            new MigrationOptions { BatchSize = 1 });

        var refresh = Assert.Single(telemetry.Of("masivo.client.token.refreshes"));
        Assert.Equal("success", refresh["masivo.outcome"]);
        Assert.Contains(telemetry.Of("masivo.client.rate_limit.waits"), m => (string?)m["masivo.reason"] == "rate_limit");
        Assert.Contains(logs.Logs, l => l.EventId.Name == "RateLimitWait" && l.Level == LogLevel.Information);
        Assert.Contains(logs.Logs, l => l.EventId.Name == "TokenRefreshed" && l.Level == LogLevel.Information);
        Assert.DoesNotContain(masivo.ApiKey, logs.AllText, StringComparison.Ordinal);
    }
}
