using Masivo.Sdk.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Masivo.Sdk.Tests.DependencyInjection;

public sealed class RegistrationTests : IDisposable
{
    private readonly WireMockMasivo _masivo = new();

    public void Dispose() => _masivo.Dispose();

    [Fact]
    public async Task A_configuration_section_is_bound()
    {
        _masivo.Respond("GET", "/contacts", 200, """{"data":[]}""");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Masivo:BaseAddress"] = _masivo.BaseAddress.ToString(),
            ["Masivo:AccessToken"] = "from-config",
            ["Masivo:AccountId"] = "acct-config",
            ["Masivo:TimeZone"] = "America/Mexico_City",
            ["Masivo:MaxRetries"] = "0",
            ["Masivo:AttemptTimeout"] = "00:00:07",
        }).Build();
        using var services = new ServiceCollection().AddMasivoClient(configuration.GetSection("Masivo")).Services.BuildServiceProvider();

        await services.GetRequiredService<MasivoClient>().Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com" });

        var options = services.GetRequiredService<IOptionsMonitor<MasivoClientOptions>>().Get(Options.DefaultName);
        Assert.Equal(TimeSpan.FromSeconds(7), options.AttemptTimeout);
        Assert.Equal(0, options.MaxRetries);
        var request = Assert.Single(_masivo.Requests);
        Assert.Equal("Bearer from-config", WireMockMasivo.Header(request, "Authorization"));
        Assert.Equal("acct-config", WireMockMasivo.Header(request, "x-account-id"));
        Assert.Equal("America/Mexico_City", WireMockMasivo.Header(request, "x-timezone"));
    }

    [Fact]
    public async Task Keyed_clients_act_for_their_own_accounts()
    {
        _masivo.Respond("GET", "/contacts", 200, """{"data":[]}""");
        using var services = new ServiceCollection()
            .AddMasivoClient("mexico", o => { _masivo.Configure(o); o.AccountId = "acct-mx"; o.AccessToken = "token-mx"; })
            .Services
            .AddMasivoClient("peru", o => { _masivo.Configure(o); o.AccountId = "acct-pe"; o.AccessToken = "token-pe"; })
            .Services
            .BuildServiceProvider();

        var mexico = services.GetRequiredKeyedService<MasivoClient>("mexico");
        var peru = services.GetRequiredKeyedService<MasivoClient>("peru");
        await mexico.Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com" });
        await peru.Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com" });

        Assert.NotSame(mexico, peru);
        Assert.Null(services.GetService<MasivoClient>());
        Assert.Equal(["acct-mx", "acct-pe"], _masivo.Requests.Select(r => WireMockMasivo.Header(r, "x-account-id")));
        Assert.Equal(["Bearer token-mx", "Bearer token-pe"], _masivo.Requests.Select(r => WireMockMasivo.Header(r, "Authorization")));
    }

    [Fact]
    public void The_default_client_and_its_resource_clients_are_singletons()
    {
        var client = _masivo.Services.GetRequiredService<MasivoClient>();

        Assert.Same(client, _masivo.Services.GetRequiredService<MasivoClient>());
        Assert.Same(client.Coupons, _masivo.Services.GetRequiredService<CouponsClient>());
        Assert.Same(client.Contacts, _masivo.Services.GetRequiredService<ContactsClient>());
        Assert.Same(client.Customers, _masivo.Services.GetRequiredService<CustomersClient>());
    }

    public static TheoryData<string, Action<MasivoClientOptions>> InvalidOptions => new()
    {
        { "https", o => o.BaseAddress = new Uri("http://app.masivo.ai/api/storefront/v1/") },
        { "credential", o => { o.AccessToken = null; o.ApiKey = null; } },
        { "Exactly one credential source", o => o.ApiKey = "key" },
        { "TimeZone", o => o.TimeZone = "Nowhere/Land" },
        { "TimeZone 'Pacific Standard Time' is not a known IANA time zone id", o => o.TimeZone = "Pacific Standard Time" },
        { "AccountId has a character the x-account-id header cannot carry (U+000D at position 6)", o => o.AccountId = "acct-1\r\nX-Injected: yes" },
        { "AccountId has a character the x-account-id header cannot carry (U+00F1 at position 4)", o => o.AccountId = "cuenñ" },
        { "AccountId is empty", o => o.AccountId = string.Empty },
        { "ApiKey has a character an HTTP header cannot carry", o => { o.AccessToken = null; o.ApiKey = "key\nX-Injected: yes"; } },
        { "AccessToken has a character an HTTP header cannot carry", o => o.AccessToken = "Bearer abc" },
        { "MasivoClientOptions.AttemptTimeout must be between 00:00:00.0100000 and 1.00:00:00", o => o.AttemptTimeout = TimeSpan.FromMilliseconds(5) },
        { "MasivoClientOptions.MaxRetries must be between 0 and 10", o => o.MaxRetries = 11 },
        { "MasivoClientOptions.TotalTimeout must be between 00:00:00.0100000 and 1.00:00:00", o => o.TotalTimeout = TimeSpan.Zero },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Invalid_options_fail_on_first_resolve_naming_the_problem(string expected, Action<MasivoClientOptions> breakIt)
    {
        using var services = new ServiceCollection()
            .AddMasivoClient(o => { _masivo.Configure(o); breakIt(o); })
            .Services
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<MasivoClient>());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Invalid_options_fail_the_constructor_naming_the_problem(string expected, Action<MasivoClientOptions> breakIt)
    {
        var options = new MasivoClientOptions();
        _masivo.Configure(options);
        breakIt(options);

        var error = Assert.Throws<ArgumentException>(() => new MasivoClient(options));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
        if (options.ApiKey is { Length: > 0 } key)
        {
            Assert.DoesNotContain(key, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Invalid_options_fail_at_host_start()
    {
        using var services = new ServiceCollection()
            .AddMasivoClient(o => { _masivo.Configure(o); o.TimeZone = "Nowhere/Land"; })
            .Services
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Nowhere/Land", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_http_is_accepted_for_loopback_only()
    {
        var options = new MasivoClientOptions { AccessToken = "t", BaseAddress = new Uri("http://localhost:5000/api/storefront/v1/") };

        using var client = new MasivoClient(options);

        Assert.NotNull(client.Coupons);
    }

    [Fact]
    public async Task A_client_built_without_a_container_uses_the_same_pipeline()
    {
        _masivo.Respond("POST", "/coupons/redeem", 503, """{"error":"Unavailable","details":"later"}""");
        var options = new MasivoClientOptions();
        _masivo.Configure(options);
        using var client = new MasivoClient(options);

        await Assert.ThrowsAsync<MasivoApiException>(
            () => client.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = "c", Code = "x" }));

        var request = Assert.Single(_masivo.Requests);
        Assert.Equal("Bearer " + WireMockMasivo.Token, WireMockMasivo.Header(request, "Authorization"));
        Assert.Equal(WireMockMasivo.AccountId, WireMockMasivo.Header(request, "x-account-id"));
    }

    [Fact]
    public void Options_never_print_their_secrets()
    {
        var options = new MasivoClientOptions { ApiKey = "sk_live_secret", AccessToken = "eyJ.secret.token" };

        var text = options.ToString();

        Assert.DoesNotContain("sk_live_secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("eyJ.secret.token", text, StringComparison.Ordinal);
        Assert.Contains("(redacted)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resource_clients_can_be_mocked()
    {
        var coupons = new StubCoupons();
        var client = new StubClient(coupons);

        var redemption = await client.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = "c", Code = "x" });

        Assert.Same(StubCoupons.Result, redemption);
        await Assert.ThrowsAsync<InvalidOperationException>(() => new StubCoupons().BaseCall());
    }

    [Fact]
    public async Task Registering_a_client_twice_replaces_its_options_and_never_nests_pipelines()
    {
        _masivo.Respond("GET", "/contacts", 503, """{"error":"Service Unavailable"}""");
        var appSettings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Masivo:BaseAddress"] = _masivo.BaseAddress.ToString(),
            ["Masivo:AccessToken"] = "app-token",
            ["Masivo:AccountId"] = "from-the-app",
            ["Masivo:MaxRetries"] = "0",
        }).Build();
        using var services = new ServiceCollection()
            .AddMasivoClient(appSettings.GetSection("Masivo"))
            .Services
            .AddMasivoClient(o => { _masivo.Configure(o); o.AccountId = "from-the-test"; o.MaxRetries = 3; })
            .Services
            .BuildServiceProvider();

        await Assert.ThrowsAsync<MasivoApiException>(
            () => services.GetRequiredService<MasivoClient>().Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com" }));

        Assert.Equal(4, _masivo.Requests.Count);
        Assert.All(_masivo.Requests, r => Assert.Equal("from-the-test", WireMockMasivo.Header(r, "x-account-id")));
    }

    [Fact]
    public async Task Registering_a_keyed_client_twice_replaces_only_that_client()
    {
        _masivo.Respond("GET", "/contacts", 200, """{"data":[]}""");
        using var services = new ServiceCollection()
            .AddMasivoClient("mexico", o => { _masivo.Configure(o); o.AccountId = "mx-app"; })
            .Services
            .AddMasivoClient("peru", o => { _masivo.Configure(o); o.AccountId = "pe-app"; })
            .Services
            .AddMasivoClient("mexico", o => { _masivo.Configure(o); o.AccountId = "mx-test"; })
            .Services
            .BuildServiceProvider();

        await services.GetRequiredKeyedService<MasivoClient>("mexico").Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com" });
        await services.GetRequiredKeyedService<MasivoClient>("peru").Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com" });

        Assert.Equal(["mx-test", "pe-app"], _masivo.Requests.Select(r => WireMockMasivo.Header(r, "x-account-id")));
    }

    [Fact]
    public async Task A_call_on_a_disposed_client_is_an_object_disposed_exception_and_sends_nothing()
    {
        var options = new MasivoClientOptions();
        _masivo.Configure(options);
        var client = new MasivoClient(options);
        client.Dispose();

        var error = await Assert.ThrowsAsync<ObjectDisposedException>(
            () => client.Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com" }));

        Assert.Equal(nameof(MasivoClient), error.ObjectName);
        Assert.Empty(_masivo.Requests);
    }

    private sealed class StubClient(CouponsClient coupons) : MasivoClient
    {
        public override CouponsClient Coupons => coupons;
    }

    private sealed class StubCoupons : CouponsClient
    {
        public static readonly CouponRedemption Result = new();

        public override Task<CouponRedemption> RedeemAsync(RedeemCouponRequest request, CancellationToken cancellationToken = default) => Task.FromResult(Result);

        public Task<CouponRedemption> BaseCall() => base.RedeemAsync(new RedeemCouponRequest { CustomerId = "c", Code = "x" });
    }
}
