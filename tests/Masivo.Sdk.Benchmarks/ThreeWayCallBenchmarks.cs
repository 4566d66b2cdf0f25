using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Masivo.Sdk.Benchmarks;

/// <summary>
/// The calls both per-call benchmarks make, three ways each: the SDK, the hand-written floor and plain
/// Refit. A derived class says over what transport (in memory, or a loopback socket) by setting the clients.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public abstract class ThreeWayCallBenchmarks
{
    protected const string Bearer = "Bearer benchmark-token";
    protected static readonly RedeemCouponRequest Redemption = new() { CustomerId = "customer-42", Code = "WELCOME10", StoreId = "store-1" };
    protected static readonly CreateCustomerRequest Customer = new() { Id = "customer-42", Name = "Ana García", Email = "ana@example.com", RegistrationDate = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) };
    protected static readonly ContactSearchQuery Query = new() { Email = "ana@example.com" };

    protected MasivoClient Sdk { get; set; } = null!;

    protected HandWrittenClient Floor { get; set; } = null!;

    protected IPlainMasivoApi PlainRefit { get; set; } = null!;

    [Benchmark(Baseline = true), BenchmarkCategory("coupons.redeem")]
    public Task<CouponRedemption> RedeemFloor() => Floor.RedeemAsync(Redemption);

    [Benchmark, BenchmarkCategory("coupons.redeem")]
    public Task<CouponRedemption> RedeemSdk() => Sdk.Coupons.RedeemAsync(Redemption);

    [Benchmark, BenchmarkCategory("coupons.redeem")]
    public Task<PlainEnvelope<CouponRedemption>> RedeemPlainRefit() => PlainRefit.RedeemAsync(Redemption, Bearer, "benchmark-account", "UTC");

    [Benchmark(Baseline = true), BenchmarkCategory("customers.create")]
    public Task<CustomerWithWallet> CreateFloor() => Floor.CreateAsync(Customer);

    [Benchmark, BenchmarkCategory("customers.create")]
    public Task<CustomerWithWallet> CreateSdk() => Sdk.Customers.CreateAsync(Customer);

    [Benchmark, BenchmarkCategory("customers.create")]
    public Task<PlainEnvelope<CustomerWithWallet>> CreatePlainRefit() => PlainRefit.CreateAsync(Customer, Bearer, "benchmark-account", "UTC");

    [Benchmark(Baseline = true), BenchmarkCategory("contacts.search")]
    public Task<IReadOnlyList<Contact>> SearchFloor() => Floor.SearchAsync("ana@example.com");

    [Benchmark, BenchmarkCategory("contacts.search")]
    public Task<IReadOnlyList<Contact>> SearchSdk() => Sdk.Contacts.SearchAsync(Query);

    [Benchmark, BenchmarkCategory("contacts.search")]
    public Task<PlainEnvelope<List<Contact>>> SearchPlainRefit() => PlainRefit.SearchAsync("ana@example.com", Bearer, "benchmark-account", "UTC");
}
