using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace Masivo.Sdk.Benchmarks;

/// <summary>
/// One call of each operation, three ways, against the same in-memory handler answering the seed
/// responses: the SDK (whole pipeline: resilience, headers, telemetry, error mapping), the
/// hand-written HttpClient floor, and a plain Refit client with default settings.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class CallBenchmarks
{
    private const string Bearer = "Bearer benchmark-token";
    private static readonly RedeemCouponRequest Redemption = new() { CustomerId = "customer-42", Code = "WELCOME10", StoreId = "store-1" };
    private static readonly CreateCustomerRequest Customer = new() { Id = "customer-42", Name = "Ana García", Email = "ana@example.com", RegistrationDate = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) };
    private static readonly ContactSearchQuery Query = new() { Email = "ana@example.com" };

    private ServiceProvider _services = null!;
    private MasivoClient _sdk = null!;
    private HandWrittenClient _floor = null!;
    private IPlainMasivoApi _refit = null!;
    private HttpClient _http = null!;

    [GlobalSetup]
    public void Setup()
    {
        _services = SdkClientFactory.Create(new RouteHandler());
        _sdk = _services.GetRequiredService<MasivoClient>();
        _http = new HttpClient(new RouteHandler()) { BaseAddress = SdkClientFactory.BaseAddress };
        _floor = new HandWrittenClient(_http);
        _refit = RestService.For<IPlainMasivoApi>(new HttpClient(new RouteHandler()) { BaseAddress = SdkClientFactory.BaseAddress });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        _http.Dispose();
    }

    [Benchmark(Baseline = true), BenchmarkCategory("coupons.redeem")]
    public Task<CouponRedemption> RedeemFloor() => _floor.RedeemAsync(Redemption);

    [Benchmark, BenchmarkCategory("coupons.redeem")]
    public Task<CouponRedemption> RedeemSdk() => _sdk.Coupons.RedeemAsync(Redemption);

    [Benchmark, BenchmarkCategory("coupons.redeem")]
    public Task<PlainEnvelope<CouponRedemption>> RedeemPlainRefit() => _refit.RedeemAsync(Redemption, Bearer, "benchmark-account", "UTC");

    [Benchmark(Baseline = true), BenchmarkCategory("customers.create")]
    public Task<CustomerWithWallet> CreateFloor() => _floor.CreateAsync(Customer);

    [Benchmark, BenchmarkCategory("customers.create")]
    public Task<CustomerWithWallet> CreateSdk() => _sdk.Customers.CreateAsync(Customer);

    [Benchmark, BenchmarkCategory("customers.create")]
    public Task<PlainEnvelope<CustomerWithWallet>> CreatePlainRefit() => _refit.CreateAsync(Customer, Bearer, "benchmark-account", "UTC");

    [Benchmark(Baseline = true), BenchmarkCategory("contacts.search")]
    public Task<IReadOnlyList<Contact>> SearchFloor() => _floor.SearchAsync("ana@example.com");

    [Benchmark, BenchmarkCategory("contacts.search")]
    public Task<IReadOnlyList<Contact>> SearchSdk() => _sdk.Contacts.SearchAsync(Query);

    [Benchmark, BenchmarkCategory("contacts.search")]
    public Task<PlainEnvelope<List<Contact>>> SearchPlainRefit() => _refit.SearchAsync("ana@example.com", Bearer, "benchmark-account", "UTC");
}
