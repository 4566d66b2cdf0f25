using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace Masivo.Sdk.Benchmarks;

/// <summary>
/// One call of each operation, three ways, over a loopback TCP connection to an out-of-process server
/// (<see cref="LoopbackServer"/>) answering the seed responses, as users run it: the SDK with its own
/// handler and a fixed access token; the hand-written floor (<c>SendAsync(..., ResponseHeadersRead)</c>
/// then <c>ReadFromJsonAsync</c>); and a plain Refit client with default settings. Keep-alive connections:
/// each client reuses its own after the first call.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class SocketCallBenchmarks
{
    /// <summary>Records in the migration benchmarks: one batch at the contacts' default batch size.</summary>
    public const int MigrationRecords = ContactsClient.DefaultMigrationBatchSize;

    private const string Bearer = "Bearer benchmark-token";
    private static readonly RedeemCouponRequest Redemption = new() { CustomerId = "customer-42", Code = "WELCOME10", StoreId = "store-1" };
    private static readonly CreateCustomerRequest Customer = new() { Id = "customer-42", Name = "Ana García", Email = "ana@example.com", RegistrationDate = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) };
    private static readonly ContactSearchQuery Query = new() { Email = "ana@example.com" };

    private LoopbackServer _server = null!;
    private ServiceProvider _services = null!;
    private MasivoClient _sdk = null!;
    private HandWrittenClient _floor = null!;
    private IPlainMasivoApi _refit = null!;
    private HttpClient _floorHttp = null!;
    private HttpClient _refitHttp = null!;
    private ContactMigrationRecord[] _contacts = null!;
    private PlainContactBatch _plainBatch = null!;

    [GlobalSetup]
    public void Setup()
    {
        _server = LoopbackServer.Start();
        _services = SdkClientFactory.Create(_server.BaseAddress);
        _sdk = _services.GetRequiredService<MasivoClient>();
        _floorHttp = new HttpClient { BaseAddress = _server.BaseAddress };
        _floor = new HandWrittenClient(_floorHttp, HttpCompletionOption.ResponseHeadersRead);
        _refitHttp = new HttpClient { BaseAddress = _server.BaseAddress };
        _refit = RestService.For<IPlainMasivoApi>(_refitHttp);
        _contacts = ContactGenerator.Sequence(MigrationRecords).ToArray();
        _plainBatch = new PlainContactBatch(_contacts);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        _floorHttp.Dispose();
        _refitHttp.Dispose();
        _server.Dispose();
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

    [Benchmark(Baseline = true), BenchmarkCategory("customers.get")]
    public Task<CustomerWithWallet> GetFloor() => _floor.GetCustomerAsync("customer-42");

    [Benchmark, BenchmarkCategory("customers.get")]
    public Task<CustomerWithWallet> GetSdk() => _sdk.Customers.GetAsync("customer-42");

    [Benchmark, BenchmarkCategory("customers.get")]
    public Task<PlainEnvelope<CustomerWithWallet>> GetPlainRefit() => _refit.GetCustomerAsync("customer-42", Bearer, "benchmark-account", "UTC");

    [Benchmark(Baseline = true), BenchmarkCategory("contacts.migrate")]
    public Task<string?> MigrateFloor() => _floor.MigrateContactsAsync(_contacts);

    [Benchmark, BenchmarkCategory("contacts.migrate")]
    public async Task<int> MigrateSdk()
    {
        var result = await _sdk.Contacts.MigrateAsync(_contacts);
        return result.SucceededRecords == MigrationRecords ? result.SucceededRecords
            : throw new InvalidOperationException($"Only {result.SucceededRecords} of {MigrationRecords} records were acknowledged.");
    }

    [Benchmark, BenchmarkCategory("contacts.migrate")]
    public Task<PlainEnvelope<PlainMessage>> MigratePlainRefit() => _refit.MigrateContactsAsync(_plainBatch, Bearer, "benchmark-account", "UTC");
}
