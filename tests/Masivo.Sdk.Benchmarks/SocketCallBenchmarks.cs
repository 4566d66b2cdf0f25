using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Refit;

namespace Masivo.Sdk.Benchmarks;

/// <summary>
/// One call of each operation, three ways, over a loopback TCP connection to an out-of-process server
/// (<see cref="LoopbackServer"/>) answering the seed responses, as users run it: the SDK with its own
/// handler and a fixed access token; the hand-written floor (<c>SendAsync(..., ResponseHeadersRead)</c>
/// then <c>ReadFromJsonAsync</c>); and a plain Refit client with default settings. Keep-alive connections:
/// each client reuses its own after the first call. For the four small calls, a fourth way: the floor
/// through <c>IHttpClientFactory</c> with a resilience handler of the same three strategies as the SDK's
/// (retry, circuit breaker, attempt timeout), what a hand-written client that retries would cost.
/// </summary>
public class SocketCallBenchmarks : ThreeWayCallBenchmarks
{
    /// <summary>Records in the migration benchmarks: one batch at the contacts' default batch size.</summary>
    public const int MigrationRecords = ContactsClient.DefaultMigrationBatchSize;

    private LoopbackServer _server = null!;
    private ServiceProvider _services = null!;
    private HttpClient _floorHttp = null!;
    private HttpClient _refitHttp = null!;
    private ServiceProvider _resilientServices = null!;
    private HandWrittenClient _resilientFloor = null!;
    private ContactMigrationRecord[] _contacts = null!;
    private PlainContactBatch _plainBatch = null!;

    [GlobalSetup]
    public void Setup()
    {
        _server = LoopbackServer.Start();
        _services = SdkClientFactory.Create(_server.BaseAddress);
        Sdk = _services.GetRequiredService<MasivoClient>();
        _floorHttp = new HttpClient { BaseAddress = _server.BaseAddress };
        Floor = new HandWrittenClient(_floorHttp, HttpCompletionOption.ResponseHeadersRead);
        _refitHttp = new HttpClient { BaseAddress = _server.BaseAddress };
        _resilientServices = ResilientFloorServices(_server.BaseAddress);
        _resilientFloor = new HandWrittenClient(
            _resilientServices.GetRequiredService<IHttpClientFactory>().CreateClient("floor"), HttpCompletionOption.ResponseHeadersRead);
        PlainRefit = RestService.For<IPlainMasivoApi>(_refitHttp);
        _contacts = ContactGenerator.Sequence(MigrationRecords).ToArray();
        _plainBatch = new PlainContactBatch(_contacts);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        _resilientServices.Dispose();
        _floorHttp.Dispose();
        _refitHttp.Dispose();
        _server.Dispose();
    }

    [Benchmark, BenchmarkCategory("coupons.redeem")]
    public Task<CouponRedemption> RedeemFloorResilient() => _resilientFloor.RedeemAsync(Redemption);

    [Benchmark, BenchmarkCategory("customers.create")]
    public Task<CustomerWithWallet> CreateFloorResilient() => _resilientFloor.CreateAsync(Customer);

    [Benchmark, BenchmarkCategory("contacts.search")]
    public Task<IReadOnlyList<Contact>> SearchFloorResilient() => _resilientFloor.SearchAsync("ana@example.com");

    [Benchmark, BenchmarkCategory("customers.get")]
    public Task<CustomerWithWallet> GetFloorResilient() => _resilientFloor.GetCustomerAsync("customer-42");

    [Benchmark(Baseline = true), BenchmarkCategory("customers.get")]
    public Task<CustomerWithWallet> GetFloor() => Floor.GetCustomerAsync("customer-42");

    [Benchmark, BenchmarkCategory("customers.get")]
    public Task<CustomerWithWallet> GetSdk() => Sdk.Customers.GetAsync("customer-42");

    [Benchmark, BenchmarkCategory("customers.get")]
    public Task<PlainEnvelope<CustomerWithWallet>> GetPlainRefit() => PlainRefit.GetCustomerAsync("customer-42", Bearer, "benchmark-account", "UTC");

    [Benchmark(Baseline = true), BenchmarkCategory("contacts.migrate")]
    public Task<string?> MigrateFloor() => Floor.MigrateContactsAsync(_contacts);

    [Benchmark, BenchmarkCategory("contacts.migrate")]
    public async Task<int> MigrateSdk()
    {
        var result = await Sdk.Contacts.MigrateAsync(_contacts);
        return result.SucceededRecords == MigrationRecords ? result.SucceededRecords
            : throw new InvalidOperationException($"Only {result.SucceededRecords} of {MigrationRecords} records were acknowledged.");
    }

    [Benchmark, BenchmarkCategory("contacts.migrate")]
    public Task<PlainEnvelope<PlainMessage>> MigratePlainRefit() => PlainRefit.MigrateContactsAsync(_plainBatch, Bearer, "benchmark-account", "UTC");

    private static ServiceProvider ResilientFloorServices(Uri baseAddress)
    {
        var services = new ServiceCollection();
        services.AddHttpClient("floor", http => http.BaseAddress = baseAddress)
            .AddResilienceHandler("floor", pipeline => pipeline
                .AddRetry(new HttpRetryStrategyOptions())
                .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions())
                .AddTimeout(TimeSpan.FromSeconds(10)));
        return services.BuildServiceProvider();
    }
}
