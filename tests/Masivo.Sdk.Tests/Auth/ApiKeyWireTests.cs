using Masivo.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Masivo.Sdk.Tests.Auth;

public sealed class ApiKeyWireTests : IDisposable
{
    private const string ApiKey = "sk_test_0123456789";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly WireMockMasivo _masivo;

    public ApiKeyWireTests()
    {
        _masivo = new WireMockMasivo(
            o => { o.AccessToken = null; o.ApiKey = ApiKey; },
            services => services.AddSingleton<TimeProvider>(_time));
        _masivo.Respond("GET", "/contacts", 200, """{"data":[]}""");
    }

    public void Dispose() => _masivo.Dispose();

    private void Authorize(string token, int delayMs = 0) =>
        _masivo.Respond("GET", "/auth/authorize", 200, $$"""{"data":"{{token}}"}""", r =>
        {
            if (delayMs > 0)
            {
                r.WithDelay(delayMs);
            }
        });

    private Task Search() => _masivo.Client.Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com" });

    private List<string> Paths() => _masivo.Requests.Select(r => r.RequestMessage!.Path[WireMockMasivo.BasePath.Length..]).ToList();

    [Fact]
    public async Task Fifty_parallel_calls_with_a_cold_cache_make_one_authorize_request()
    {
        var token = TestJwt.Create(_time.GetUtcNow().AddHours(1));
        Authorize(token, delayMs: 200);

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Search()));

        Assert.Equal(1, Paths().Count(p => p == "/auth/authorize"));
        Assert.All(_masivo.Requests.Where(r => r.RequestMessage!.Path.EndsWith("/contacts", StringComparison.Ordinal)),
            r => Assert.Equal("Bearer " + token, WireMockMasivo.Header(r, "Authorization")));
    }

    [Fact]
    public async Task The_key_is_sent_only_to_authorize()
    {
        Authorize(TestJwt.Create(_time.GetUtcNow().AddHours(1)));

        await Search();

        var authorize = Assert.Single(_masivo.Requests, r => r.RequestMessage!.Path.EndsWith("/auth/authorize", StringComparison.Ordinal));
        Assert.Equal(ApiKey, WireMockMasivo.Header(authorize, "x-api-key"));
        Assert.Null(WireMockMasivo.Header(authorize, "Authorization"));
        Assert.All(_masivo.Requests.Where(r => r != authorize), r => Assert.Null(WireMockMasivo.Header(r, "x-api-key")));
    }

    [Fact]
    public async Task The_token_is_refreshed_five_minutes_before_it_expires()
    {
        Authorize(TestJwt.Create(_time.GetUtcNow().AddHours(1)));
        await Search();

        _time.Advance(TimeSpan.FromMinutes(54));
        await Search();
        Assert.Equal(1, Paths().Count(p => p == "/auth/authorize"));

        _time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        await Search();
        Assert.Equal(2, Paths().Count(p => p == "/auth/authorize"));
    }

    [Fact]
    public async Task A_refused_key_is_an_authentication_exception_without_the_key()
    {
        _masivo.Respond("GET", "/auth/authorize", 401, """{"error":"Unauthorized","details":"Invalid API key"}""");

        var error = await Assert.ThrowsAsync<MasivoAuthenticationException>(Search);

        Assert.Equal("Invalid API key", error.Details);
        Assert.DoesNotContain(ApiKey, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Paths(), p => p == "/contacts");
    }

    [Fact]
    public async Task A_failed_exchange_is_not_cached()
    {
        _masivo.Respond("GET", "/auth/authorize", 400, """{"error":"Bad","details":"nope"}""");
        await Assert.ThrowsAsync<MasivoApiException>(Search);

        _masivo.Server.Reset();
        _masivo.Respond("GET", "/contacts", 200, """{"data":[]}""");
        Authorize(TestJwt.Create(_time.GetUtcNow().AddHours(1)));
        await Search();

        Assert.Equal(["/auth/authorize", "/contacts"], Paths());
    }
}
