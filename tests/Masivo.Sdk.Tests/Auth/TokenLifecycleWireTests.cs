using Masivo.Sdk.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Masivo.Sdk.Tests.Auth;

/// <summary>API-key mode when tokens are refused, when authorize itself fails, and when Masivo redirects.</summary>
public sealed class TokenLifecycleWireTests : IDisposable
{
    private const string ApiKey = "sk_test_lifecycle_0123456789";
    // Real time (no fake clock here): the retries of a failed exchange wait on the pipeline's clock.
    private readonly WireMockMasivo _masivo;

    public TokenLifecycleWireTests()
    {
        _masivo = new WireMockMasivo(
            o => { o.AccessToken = null; o.ApiKey = ApiKey; o.MaxRetries = 2; });
    }

    public void Dispose() => _masivo.Dispose();

    private string FirstToken { get; } = TestJwt.Create(DateTimeOffset.UtcNow.AddHours(1), "first");

    private string SecondToken { get; } = TestJwt.Create(DateTimeOffset.UtcNow.AddHours(1), "second");

    private Task Search() => _masivo.Client.Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com" });

    private List<string> Paths() => _masivo.Requests.Select(r => r.RequestMessage!.Path[WireMockMasivo.BasePath.Length..]).ToList();

    private void AuthorizeInSequence(params string[] tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var mapping = _masivo.Server
                .Given(Request.Create().WithPath(WireMockMasivo.BasePath + "/auth/authorize").UsingGet())
                .InScenario("authorize");
            var step = i == 0 ? mapping : mapping.WhenStateIs($"token-{i}");
            step.WillSetStateTo($"token-{i + 1}")
                .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody($$"""{"data":"{{tokens[i]}}"}"""));
        }
    }

    private void ContactsAnswer(string token, int status, string body) =>
        _masivo.Server
            .Given(Request.Create().WithPath(WireMockMasivo.BasePath + "/contacts").UsingGet().WithHeader("Authorization", "Bearer " + token))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));

    [Fact]
    public async Task A_401_fetches_a_new_token_once_and_repeats_the_call_with_it()
    {
        AuthorizeInSequence(FirstToken, SecondToken);
        ContactsAnswer(FirstToken, 401, """{"error":"Unauthorized","details":"Token revoked"}""");
        ContactsAnswer(SecondToken, 200, """{"data":[]}""");

        await Search();

        Assert.Equal(["/auth/authorize", "/contacts", "/auth/authorize", "/contacts"], Paths());
        Assert.Equal("Bearer " + SecondToken, WireMockMasivo.Header(_masivo.Requests[^1], "Authorization"));

        // The new token is cached: the next call goes straight to the endpoint.
        await Search();
        Assert.Equal(5, Paths().Count);
    }

    [Fact]
    public async Task A_second_401_is_an_authentication_exception_that_says_the_token_was_refused()
    {
        AuthorizeInSequence(FirstToken, SecondToken);
        ContactsAnswer(FirstToken, 401, """{"error":"Unauthorized","details":"Token revoked"}""");
        ContactsAnswer(SecondToken, 401, """{"error":"Unauthorized","details":"Token revoked"}""");

        var error = await Assert.ThrowsAsync<MasivoAuthenticationException>(Search);

        Assert.Equal(401, error.StatusCode);
        Assert.Contains("refused the bearer token", error.Message, StringComparison.Ordinal);
        Assert.Equal(["/auth/authorize", "/contacts", "/auth/authorize", "/contacts"], Paths());
        Assert.DoesNotContain(ApiKey, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(SecondToken, error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task A_refused_key_says_the_key_is_wrong_or_revoked_and_calls_nothing_else(int status)
    {
        _masivo.Respond("GET", "/auth/authorize", status, """{"error":"Unauthorized","details":"Invalid API key"}""");

        var error = await Assert.ThrowsAsync<MasivoAuthenticationException>(Search);

        Assert.Equal(status, error.StatusCode);
        Assert.Contains("refused the API key", error.Message, StringComparison.Ordinal);
        Assert.Equal(["/auth/authorize"], Paths());
        Assert.DoesNotContain(ApiKey, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authorize_answering_500_is_retried_then_an_api_exception_and_the_call_is_not_made()
    {
        _masivo.Respond("GET", "/auth/authorize", 500, """{"error":"Internal","details":"boom"}""");

        var error = await Assert.ThrowsAsync<MasivoApiException>(Search);

        Assert.IsNotType<MasivoAuthenticationException>(error);
        Assert.Equal(500, error.StatusCode);
        Assert.Equal(Enumerable.Repeat("/auth/authorize", 3), Paths());
        Assert.DoesNotContain(ApiKey, error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("""{"data":""}""")]
    [InlineData("""{"data":{"token":"x"}}""")]
    [InlineData("""{"data":"abc\r\nX-Injected: yes"}""")]
    [InlineData("""{"data":"tök"}""")]
    public async Task Authorize_answering_garbage_is_an_invalid_response_and_the_call_is_not_made(string body)
    {
        _masivo.Respond("GET", "/auth/authorize", 200, body);

        var error = await Assert.ThrowsAsync<MasivoInvalidResponseException>(Search);

        Assert.Equal(["/auth/authorize"], Paths());
        Assert.Equal(200, error.StatusCode);
        Assert.DoesNotContain(ApiKey, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirect_is_not_followed_so_neither_the_key_nor_the_token_reaches_another_host()
    {
        using var elsewhere = WireMockServer.Start();
        elsewhere.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"data":[]}"""));
        AuthorizeInSequence(FirstToken);
        _masivo.Respond("GET", "/contacts", 302, "", r => r.WithHeader("Location", elsewhere.Url + "/steal"));

        var error = await Assert.ThrowsAsync<MasivoApiException>(Search);

        Assert.Equal(302, error.StatusCode);
        Assert.Empty(elsewhere.LogEntries);
        Assert.Equal(["/auth/authorize", "/contacts"], Paths());
    }

    [Fact]
    public async Task A_redirect_from_authorize_is_not_followed_either()
    {
        using var elsewhere = WireMockServer.Start();
        elsewhere.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"data":"stolen"}"""));
        _masivo.Respond("GET", "/auth/authorize", 307, "", r => r.WithHeader("Location", elsewhere.Url + "/auth/authorize"));

        var error = await Assert.ThrowsAsync<MasivoApiException>(Search);

        Assert.Equal(307, error.StatusCode);
        Assert.Empty(elsewhere.LogEntries);
        Assert.Equal(["/auth/authorize"], Paths());
    }
}
