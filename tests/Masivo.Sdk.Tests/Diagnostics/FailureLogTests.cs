using Masivo.Sdk.Testing;
using Masivo.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Masivo.Sdk.Tests.Diagnostics;

/// <summary>A failed call's warning says what happened: a call the open circuit refused was never sent, and a call with no answer has no status to print.</summary>
public sealed class FailureLogTests : IAsyncLifetime
{
    private readonly RecordingLoggerProvider _logs = new();
    private MasivoFakeServer _server = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _server = await MasivoFakeServer.StartAsync();
        _services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs))
            .AddMasivoClient(o =>
            {
                _server.CreateClientOptions().CopyTo(o);
                o.MaxRetries = 0;
                o.CircuitBreakerMinimumThroughput = 2;
            })
            .Services
            .BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
        _logs.Dispose();
    }

    private Task Search() => _services.GetRequiredService<MasivoClient>().Contacts.SearchAsync(new ContactSearchQuery { Email = "ana@example.com" });

    [Fact]
    public async Task A_call_refused_by_the_open_circuit_is_logged_as_not_sent()
    {
        _server.FailNext(FakeRoute.SearchContacts, FakeFault.Status(503), times: 2);
        await Assert.ThrowsAsync<MasivoApiException>(Search);
        await Assert.ThrowsAsync<MasivoApiException>(Search);

        await Assert.ThrowsAsync<MasivoCircuitOpenException>(Search);

        var refused = Assert.Single(_logs.Logs, l => l.EventId.Name == "OperationRefusedByOpenCircuit");
        Assert.Equal(LogLevel.Warning, refused.Level);
        Assert.Contains("was not sent: the circuit breaker is open", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_logs.Logs, l => l.Message.Contains("(null)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_dropped_connection_is_logged_without_a_status()
    {
        _server.FailNext(FakeRoute.SearchContacts, FakeFault.DropConnection());

        await Assert.ThrowsAsync<MasivoConnectionException>(Search);

        var failed = Assert.Single(_logs.Logs, l => l.EventId.Name == "OperationFailedWithoutAnswer");
        Assert.Contains("with MasivoConnectionException", failed.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_logs.Logs, l => l.Message.Contains("(null)", StringComparison.Ordinal));
    }
}
