using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace Masivo.Sdk.Benchmarks;

/// <summary>
/// One call of each operation, three ways, against the same in-memory handler answering the seed
/// responses: the SDK (whole pipeline: resilience, headers, telemetry, error mapping), the
/// hand-written HttpClient floor, and a plain Refit client with default settings.
/// </summary>
public class CallBenchmarks : ThreeWayCallBenchmarks
{
    private ServiceProvider _services = null!;
    private HttpClient _http = null!;

    [GlobalSetup]
    public void Setup()
    {
        _services = SdkClientFactory.Create(new RouteHandler());
        Sdk = _services.GetRequiredService<MasivoClient>();
        _http = new HttpClient(new RouteHandler()) { BaseAddress = SdkClientFactory.BaseAddress };
        Floor = new HandWrittenClient(_http);
        PlainRefit = RestService.For<IPlainMasivoApi>(new HttpClient(new RouteHandler()) { BaseAddress = SdkClientFactory.BaseAddress });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        _http.Dispose();
    }
}
