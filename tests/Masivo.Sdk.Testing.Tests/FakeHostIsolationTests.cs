using System.Net;
using System.Net.Sockets;

namespace Masivo.Sdk.Testing.Tests;

/// <summary>The fake as users' suites lean on it: isolated from the host's configuration, and quick to dispose.</summary>
public sealed class FakeHostIsolationTests
{
    [Fact]
    public async Task Fakes_take_no_kestrel_endpoint_from_the_environment()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        const string Variable = "Kestrel__Endpoints__Pinned__Url";
        Environment.SetEnvironmentVariable(Variable, $"http://127.0.0.1:{port}");
        try
        {
            await using var first = await MasivoFakeServer.StartAsync();
            await using var second = await MasivoFakeServer.StartAsync();

            Assert.NotEqual(first.BaseAddress.Port, second.BaseAddress.Port);
            Assert.NotEqual(port, first.BaseAddress.Port);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, null);
        }
    }

    [Fact]
    public async Task Disposing_a_fake_ends_a_delayed_request_at_once()
    {
        var server = await MasivoFakeServer.StartAsync();
        using var client = server.CreateClient(o => o.MaxRetries = 0);
        server.FailNext(FakeRoute.SearchContacts, FakeFault.Delayed(TimeSpan.FromMinutes(5)));
        var search = client.Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com" });
        await server.WaitForRequestsAsync(FakeRoute.SearchContacts, 1);

        var disposing = server.DisposeAsync().AsTask();

        // A hang detector, not a speed claim: before, disposal waited for the host's 30 s shutdown timeout.
        Assert.Same(disposing, await Task.WhenAny(disposing, Task.Delay(TimeSpan.FromSeconds(15))));
        await Assert.ThrowsAnyAsync<MasivoException>(() => search);
    }
}
