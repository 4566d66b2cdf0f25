using Masivo.Sdk.Testing;

namespace Masivo.Sdk.Tests.Support;

/// <summary>A test class with a fake server of its own, started before each test and stopped after, and a client pointed at it.</summary>
public abstract class FakeServerTest : IAsyncLifetime
{
    protected MasivoFakeServer Server { get; private set; } = null!;

    protected MasivoClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await MasivoFakeServer.StartAsync();
        Client = Server.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
