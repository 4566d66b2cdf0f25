using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Masivo.Sdk.Tests.Support;

/// <summary>
/// A real HTTP server on loopback whose answers a test writes as code: for stalls and dropped
/// connections, and to count attempts as they arrive (a mock's log misses aborted requests).
/// </summary>
internal sealed class KestrelStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _attempts;

    private KestrelStub(WebApplication app) => _app = app;

    public int Attempts => Volatile.Read(ref _attempts);

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<KestrelStub> StartAsync(RequestDelegate handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var stub = new KestrelStub(app);
        app.Run(context =>
        {
            Interlocked.Increment(ref stub._attempts);
            return handler(context);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        stub.BaseAddress = new Uri(address + "/api/storefront/v1/");
        return stub;
    }

    public MasivoClient CreateClient(Action<MasivoClientOptions>? configure = null)
    {
        var options = new MasivoClientOptions { BaseAddress = BaseAddress, AccessToken = "t", AccountId = "a", RetryDelay = TimeSpan.FromMilliseconds(1) };
        configure?.Invoke(options);
        return new MasivoClient(options);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
