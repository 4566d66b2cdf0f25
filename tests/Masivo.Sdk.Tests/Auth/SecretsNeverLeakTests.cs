using Masivo.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Masivo.Sdk.Tests.Auth;

/// <summary>
/// Drives the API-key pipeline through exchange, refusal, renewal, retries and failures with every
/// logger at Trace, then searches every log event and every exception for the key and the tokens.
/// </summary>
public sealed class SecretsNeverLeakTests : IDisposable
{
    private const string ApiKey = "sk_live_SECRETKEY_0123456789abcdef";
    private readonly RecordingLoggerProvider _logs = new();
    private readonly WireMockMasivo _masivo;
    private readonly string _firstToken = TestJwt.Create(DateTimeOffset.UtcNow.AddHours(1), "SECRETTOKEN1");
    private readonly string _secondToken = TestJwt.Create(DateTimeOffset.UtcNow.AddHours(1), "SECRETTOKEN2");

    public SecretsNeverLeakTests()
    {
        _masivo = new WireMockMasivo(
            o => { o.AccessToken = null; o.ApiKey = ApiKey; o.MaxRetries = 1; },
            services => services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs)));
    }

    public void Dispose() => _masivo.Dispose();

    [Fact]
    public async Task No_log_event_or_exception_contains_the_key_or_a_token()
    {
        var server = _masivo.Server;
        var authorize = Request.Create().WithPath(WireMockMasivo.BasePath + "/auth/authorize").UsingGet();
        server.Given(authorize).InScenario("auth").WillSetStateTo("second")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody($$"""{"data":"{{_firstToken}}"}"""));
        server.Given(authorize).InScenario("auth").WhenStateIs("second").WillSetStateTo("refused")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody($$"""{"data":"{{_secondToken}}"}"""));
        server.Given(authorize).InScenario("auth").WhenStateIs("refused")
            .RespondWith(Response.Create().WithStatusCode(401).WithBody("""{"error":"Unauthorized","details":"Invalid API key"}"""));
        server.Given(Request.Create().WithPath(WireMockMasivo.BasePath + "/contacts").WithHeader("Authorization", "Bearer " + _firstToken))
            .RespondWith(Response.Create().WithStatusCode(401).WithBody("""{"error":"Unauthorized"}"""));
        server.Given(Request.Create().WithPath(WireMockMasivo.BasePath + "/contacts").WithHeader("Authorization", "Bearer " + _secondToken))
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"data":[]}"""));
        server.Given(Request.Create().WithPath(WireMockMasivo.BasePath + "/coupons/redeem").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(503).WithBody("""{"error":"Unavailable"}"""));
        server.Given(Request.Create().WithPath(WireMockMasivo.BasePath + "/customers").UsingPost().WithHeader("Authorization", "Bearer " + _secondToken))
            .RespondWith(Response.Create().WithStatusCode(401).WithBody("""{"error":"Unauthorized"}"""));

        var exceptions = new List<Exception>();
        await _masivo.Client.Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com" });
        exceptions.Add(await Assert.ThrowsAnyAsync<MasivoException>(() => _masivo.Client.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = "c", Code = "CODE" })));
        exceptions.Add(await Assert.ThrowsAnyAsync<MasivoException>(() => _masivo.Client.Customers.CreateAsync(new CreateCustomerRequest
        {
            Id = "c1",
            Name = "Ana",
            Email = "ana@example.com",
            RegistrationDate = DateTimeOffset.UtcNow,
        })));

        Assert.Contains(_masivo.Requests, r => r.RequestMessage!.Path.EndsWith("/auth/authorize", StringComparison.Ordinal) && r.ResponseMessage!.StatusCode!.ToString() == "401");
        Assert.NotEmpty(_logs.Logs);
        Assert.Contains(_logs.Logs, l => l.Category == "Masivo.Sdk" && l.Level == LogLevel.Debug);
        Assert.Contains(_logs.Logs, l => l.EventId.Name == "TokenRefreshed");
        Assert.DoesNotContain(_logs.Logs, l => l.Category.StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal));
        var everything = _logs.AllText + string.Join("\n", exceptions.Select(e => e.ToString()));
        foreach (var secret in new[] { ApiKey, "SECRETKEY", _firstToken, _secondToken })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_refused_key_quoted_back_by_the_server_is_redacted_from_everything_surfaced()
    {
        _masivo.Respond("GET", "/auth/authorize", 401, $$"""{"error":"Unauthorized","details":"API key {{ApiKey}} is not valid","requirement":"key {{ApiKey}}"}""");

        var error = await Assert.ThrowsAsync<MasivoAuthenticationException>(
            () => _masivo.Client.Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com" }));

        AssertRedacted(error, ApiKey);
        Assert.Contains("API key [redacted] is not valid", error.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_quoted_back_by_the_server_is_redacted_from_everything_surfaced()
    {
        _masivo.Respond("GET", "/auth/authorize", 200, $$"""{"data":"{{_firstToken}}"}""");
        _masivo.Respond("POST", "/coupons/redeem", 400, $$"""{"error":"Bad request","details":"token {{_firstToken.Replace("/", "\\/", StringComparison.Ordinal)}} / {{_firstToken}} rejected"}""");

        var error = await Assert.ThrowsAsync<MasivoApiException>(
            () => _masivo.Client.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = "c", Code = "CODE" }));

        AssertRedacted(error, _firstToken);
        Assert.Contains("[redacted]", error.Details, StringComparison.Ordinal);
    }

    private static void AssertRedacted(MasivoApiException error, string secret)
    {
        foreach (var text in new[] { error.Message, error.ToString(), error.Details, error.Error, error.Requirement, error.ResponseBody })
        {
            Assert.DoesNotContain(secret, text ?? string.Empty, StringComparison.Ordinal);
        }
    }
}
