using System.Collections.Concurrent;
using Masivo.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Masivo.Sdk.Tests.Auth;

public sealed class TokenProviderTests
{
    private sealed class VaultTokens(params string[] tokens) : IMasivoTokenProvider
    {
        private int _next;

        public ConcurrentQueue<MasivoTokenRequestContext> Requests { get; } = new();

        public ValueTask<string> GetTokenAsync(MasivoTokenRequestContext context, CancellationToken cancellationToken)
        {
            Requests.Enqueue(context);
            var index = context.RejectedToken is null ? Volatile.Read(ref _next) : Interlocked.Increment(ref _next);
            return ValueTask.FromResult(tokens[Math.Min(index, tokens.Length - 1)]);
        }
    }

    private static WireMockMasivo Masivo(VaultTokens vault) => new(
        o => o.AccessToken = null,
        services => services.AddSingleton<IMasivoTokenProvider>(vault));

    [Fact]
    public async Task A_registered_provider_supplies_the_bearer_token_and_is_told_the_client()
    {
        var vault = new VaultTokens("vault-token-1");
        using var masivo = Masivo(vault);
        masivo.Respond("GET", "/contacts", 200, """{"data":[]}""");

        await masivo.Client.Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com" });

        var request = Assert.Single(masivo.Requests);
        Assert.Equal("Bearer vault-token-1", WireMockMasivo.Header(request, "Authorization"));
        var context = Assert.Single(vault.Requests);
        Assert.Equal(string.Empty, context.ClientName);
        Assert.Equal(WireMockMasivo.AccountId, context.AccountId);
        Assert.Null(context.RejectedToken);
        Assert.DoesNotContain(masivo.Requests, r => r.RequestMessage!.Path.EndsWith("/auth/authorize", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_401_asks_the_provider_for_another_token_naming_the_rejected_one()
    {
        var vault = new VaultTokens("old-token", "new-token");
        using var masivo = Masivo(vault);
        masivo.Server
            .Given(WireMock.RequestBuilders.Request.Create().WithPath(WireMockMasivo.BasePath + "/contacts").WithHeader("Authorization", "Bearer old-token"))
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(401).WithBody("""{"error":"Unauthorized"}"""));
        masivo.Server
            .Given(WireMock.RequestBuilders.Request.Create().WithPath(WireMockMasivo.BasePath + "/contacts").WithHeader("Authorization", "Bearer new-token"))
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithBody("""{"data":[]}"""));

        await masivo.Client.Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com" });

        Assert.Equal(["Bearer old-token", "Bearer new-token"], masivo.Requests.Select(r => WireMockMasivo.Header(r, "Authorization")));
        Assert.Equal([null, "old-token"], vault.Requests.Select(c => c.RejectedToken));
    }

    [Fact]
    public async Task A_provider_that_returns_the_rejected_token_again_ends_the_call_with_one_request()
    {
        var vault = new VaultTokens("only-token");
        using var masivo = Masivo(vault);
        masivo.Respond("GET", "/contacts", 401, """{"error":"Unauthorized"}""");

        var error = await Assert.ThrowsAsync<MasivoAuthenticationException>(
            () => masivo.Client.Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com" }));

        Assert.Single(masivo.Requests);
        Assert.DoesNotContain("only-token", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("token\r\nX-Injected: yes")]
    [InlineData("tóken")]
    [InlineData("two words")]
    public async Task A_provider_token_a_header_cannot_carry_is_refused_and_nothing_is_sent(string token)
    {
        var vault = new VaultTokens(token);
        using var masivo = Masivo(vault);
        masivo.Respond("GET", "/contacts", 200, """{"data":[]}""");

        var error = await Assert.ThrowsAnyAsync<Exception>(
            () => masivo.Client.Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com" }));

        Assert.Contains("a character an HTTP header cannot carry", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(token, error.ToString(), StringComparison.Ordinal);
        Assert.Empty(masivo.Requests);
        Assert.Single(vault.Requests);
    }

    [Fact]
    public async Task A_named_client_uses_the_provider_keyed_by_its_name()
    {
        var vault = new VaultTokens("keyed-token");
        using var server = WireMock.Server.WireMockServer.Start();
        server.Given(WireMock.RequestBuilders.Request.Create().UsingGet()).RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithBody("""{"data":[]}"""));
        var services = new ServiceCollection();
        services.AddKeyedSingleton<IMasivoTokenProvider>("brand-b", vault);
        services.AddMasivoClient("brand-b", o =>
        {
            o.BaseAddress = new Uri(server.Url + "/api/");
            o.AccountId = "b";
        });
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<MasivoClient>("brand-b").Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com" });

        Assert.Equal("Bearer keyed-token", WireMockMasivo.Header(Assert.Single(server.LogEntries), "Authorization"));
        Assert.Equal("brand-b", Assert.Single(vault.Requests).ClientName);
    }

    [Fact]
    public async Task The_console_constructor_takes_a_provider()
    {
        var vault = new VaultTokens("ctor-token");
        using var server = WireMock.Server.WireMockServer.Start();
        server.Given(WireMock.RequestBuilders.Request.Create().UsingGet()).RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithBody("""{"data":[]}"""));
        using var client = new MasivoClient(new MasivoClientOptions { BaseAddress = new Uri(server.Url + "/api/"), AccountId = "a" }, vault);

        await client.Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com" });

        Assert.Equal("Bearer ctor-token", WireMockMasivo.Header(Assert.Single(server.LogEntries), "Authorization"));
    }

    [Theory]
    [InlineData(true, false, true, "ApiKey and a token provider")]
    [InlineData(false, true, true, "AccessToken and a token provider")]
    [InlineData(true, true, true, "ApiKey and AccessToken and a token provider")]
    [InlineData(true, true, false, "ApiKey and AccessToken")]
    [InlineData(false, false, false, "A credential is required")]
    public void Exactly_one_credential_source_is_allowed(bool apiKey, bool accessToken, bool provider, string expected)
    {
        var services = new ServiceCollection();
        if (provider)
        {
            services.AddSingleton<IMasivoTokenProvider>(new VaultTokens("t"));
        }

        services.AddMasivoClient(o =>
        {
            o.BaseAddress = new Uri("https://masivo.test/api/");
            o.ApiKey = apiKey ? "key" : null;
            o.AccessToken = accessToken ? "token" : null;
        });
        using var sp = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IOptionsMonitor<MasivoClientOptions>>().Get(Options.DefaultName));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("key\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unkeyed_provider_does_not_count_for_a_named_client()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IMasivoTokenProvider>(new VaultTokens("t"));
        services.AddMasivoClient("other", o => { o.BaseAddress = new Uri("https://masivo.test/api/"); o.ApiKey = "k"; });
        using var sp = services.BuildServiceProvider();

        var options = sp.GetRequiredService<IOptionsMonitor<MasivoClientOptions>>().Get("other");

        Assert.Equal("k", options.ApiKey);
    }

    [Fact]
    public void The_console_constructor_refuses_a_provider_beside_another_credential()
    {
        var error = Assert.Throws<ArgumentException>(() => new MasivoClient(
            new MasivoClientOptions { AccessToken = "secret-token-value" }, new VaultTokens("t")));

        Assert.Contains("AccessToken and a token provider", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token-value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_request_context_never_prints_the_rejected_token()
    {
        var context = new MasivoTokenRequestContext("name", "acct", "rejected-secret");

        Assert.DoesNotContain("rejected-secret", context.ToString(), StringComparison.Ordinal);
        Assert.Equal(context, new MasivoTokenRequestContext("name", "acct", "rejected-secret"));
        Assert.NotEqual(context, new MasivoTokenRequestContext("name", "acct", null));
    }
}
