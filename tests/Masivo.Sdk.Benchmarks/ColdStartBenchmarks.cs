using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.DependencyInjection;

namespace Masivo.Sdk.Benchmarks;

/// <summary>
/// From building the service provider to the first completed redeem, each measurement in a fresh
/// process (JIT and first-use costs included): the SDK against the hand-written HttpClient floor.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1)]
public class ColdStartBenchmarks
{
    private static readonly RedeemCouponRequest Redemption = new() { CustomerId = "customer-42", Code = "WELCOME10" };

    [Benchmark(Baseline = true)]
    public async Task<CouponRedemption> FloorFirstCall()
    {
        using var http = new HttpClient(new RouteHandler()) { BaseAddress = SdkClientFactory.BaseAddress };
        return await new HandWrittenClient(http).RedeemAsync(Redemption);
    }

    [Benchmark]
    public async Task<CouponRedemption> SdkFirstCall()
    {
        await using var services = SdkClientFactory.Create(new RouteHandler());
        return await services.GetRequiredService<MasivoClient>().Coupons.RedeemAsync(Redemption);
    }
}
