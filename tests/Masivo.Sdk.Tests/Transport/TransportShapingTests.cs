using System.Collections.Concurrent;
using System.Net;
using Masivo.Sdk.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Masivo.Sdk.Tests.Transport;

/// <summary>
/// Users shape the transport (a proxy, their own handlers) through the builder <c>AddMasivoClient</c> returns or
/// through <see cref="MasivoClientOptions"/>, and the SDK's rules hold whatever they add: no redirects, no factory
/// logging, the API key only to <c>auth/authorize</c>; their handlers run innermost, once per attempt.
/// </summary>
public sealed class TransportShapingTests : IDisposable
{
    private const string ApiKey = "sk_test_transport_0123";
    private readonly WireMockMasivo _masivo = new();
    private readonly ConcurrentQueue<SeenRequest> _seen = new();

    public enum Path
    {
        /// <summary><c>services.AddMasivoClient(...).ConfigurePrimaryHandler(...).AddHttpMessageHandler(...)</c>.</summary>
        Builder,

        /// <summary><c>new MasivoClient(options)</c> with <see cref="MasivoClientOptions.ConfigurePrimaryHandler"/> and <see cref="MasivoClientOptions.AdditionalHandlers"/>.</summary>
        Options,
    }

    public void Dispose() => _masivo.Dispose();

    private Task Search(MasivoClient client) => client.Contacts.SearchAsync(new ContactSearchQuery { Email = "ana@example.com" });

    private void UseApiKey(MasivoClientOptions options)
    {
        _masivo.Configure(options);
        options.AccessToken = null;
        options.ApiKey = ApiKey;
    }

    private void AuthorizeWith(string token) =>
        _masivo.Respond("GET", "/auth/authorize", 200, $$"""{"data":"{{token}}"}""");

    private MasivoAdditionalHandler Recorder(MasivoHttpClients clients, string name = "") => new(() => new RecordingHandler(_seen, name), clients);

    /// <summary>Builds a client the way <paramref name="path"/> says, with the same transport shaping either way.</summary>
    private static ShapedClient Create(Path path, Action<MasivoClientOptions> configure, Action<SocketsHttpHandler>? primary = null, params MasivoAdditionalHandler[] handlers)
    {
        if (path == Path.Options)
        {
            var options = new MasivoClientOptions { ConfigurePrimaryHandler = primary };
            configure(options);
            foreach (var handler in handlers)
            {
                options.AdditionalHandlers.Add(handler);
            }

            var client = new MasivoClient(options);
            return new ShapedClient(client, client);
        }

        var builder = new ServiceCollection().AddMasivoClient(configure);
        if (primary is not null)
        {
            builder.ConfigurePrimaryHandler((handler, services) =>
            {
                Assert.NotNull(services.GetService<IHttpClientFactory>());
                primary(handler);
            });
        }

        foreach (var handler in handlers)
        {
            builder.AddHttpMessageHandler(_ => handler.Create(), handler.Clients);
        }

        var provider = builder.Services.BuildServiceProvider();
        return new ShapedClient(provider.GetRequiredService<MasivoClient>(), provider);
    }

    [Theory]
    [InlineData(Path.Builder)]
    [InlineData(Path.Options)]
    public async Task A_user_handler_sees_the_request_as_sent_with_the_token_account_and_time_zone_and_the_raw_answer(Path path)
    {
        _masivo.Respond("GET", "/contacts", 200, """{"data":[]}""");
        using var shaped = Create(path, o => { _masivo.Configure(o); o.TimeZone = "America/Lima"; }, handlers: Recorder(MasivoHttpClients.Api));

        await Search(shaped.Client);

        var seen = Assert.Single(_seen);
        Assert.Equal(WireMockMasivo.BasePath + "/contacts", seen.Path);
        Assert.Equal("Bearer " + WireMockMasivo.Token, seen.Header("Authorization"));
        Assert.Equal(WireMockMasivo.AccountId, seen.Header("x-account-id"));
        Assert.Equal("America/Lima", seen.Header("x-timezone"));
        Assert.Equal(200, seen.StatusCode);
    }

    [Theory]
    [InlineData(Path.Builder)]
    [InlineData(Path.Options)]
    public async Task The_api_key_reaches_only_handlers_on_the_authorize_client(Path path)
    {
        AuthorizeWith(TestJwt.Create(DateTimeOffset.UtcNow.AddHours(1)));
        _masivo.Respond("GET", "/contacts", 200, """{"data":[]}""");
        using var shaped = Create(
            path,
            UseApiKey,
            handlers: [Recorder(MasivoHttpClients.Api, "api"), Recorder(MasivoHttpClients.Authorize, "authorize"), Recorder(MasivoHttpClients.All, "all")]);

        await Search(shaped.Client);

        var api = Assert.Single(_seen, s => s.Handler == "api");
        Assert.EndsWith("/contacts", api.Path, StringComparison.Ordinal);
        Assert.Null(api.Header("x-api-key"));
        Assert.DoesNotContain(ApiKey, string.Join(" ", api.Headers.Values), StringComparison.Ordinal);

        var authorize = Assert.Single(_seen, s => s.Handler == "authorize");
        Assert.EndsWith("/auth/authorize", authorize.Path, StringComparison.Ordinal);
        Assert.Equal(ApiKey, authorize.Header("x-api-key"));

        Assert.Equal(["/auth/authorize", "/contacts"], _seen.Where(s => s.Handler == "all").Select(s => s.Path[WireMockMasivo.BasePath.Length..]));
        Assert.All(
            _masivo.Requests.Where(r => !r.RequestMessage!.Path.EndsWith("/auth/authorize", StringComparison.Ordinal)),
            r => Assert.Null(WireMockMasivo.Header(r, "x-api-key")));
    }

    [Theory]
    [InlineData(Path.Builder)]
    [InlineData(Path.Options)]
    public async Task Every_attempt_goes_through_a_user_handler_once(Path path)
    {
        _masivo.Respond("GET", "/contacts", 503, """{"error":"Service Unavailable"}""");
        using var shaped = Create(path, o => { _masivo.Configure(o); o.MaxRetries = 2; }, handlers: Recorder(MasivoHttpClients.All));

        var error = await Assert.ThrowsAsync<MasivoApiException>(() => Search(shaped.Client));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(3, _masivo.Requests.Count);
        Assert.Equal([503, 503, 503], _seen.Select(s => s.StatusCode));
    }

    [Theory]
    [InlineData(Path.Builder)]
    [InlineData(Path.Options)]
    public async Task The_repeat_after_a_401_goes_through_a_user_handler_with_the_fresh_token(Path path)
    {
        var first = TestJwt.Create(DateTimeOffset.UtcNow.AddHours(1), "first");
        var second = TestJwt.Create(DateTimeOffset.UtcNow.AddHours(1), "second");
        _masivo.Server.Given(Request.Create().WithPath(WireMockMasivo.BasePath + "/auth/authorize").UsingGet())
            .InScenario("tokens").WillSetStateTo("renewed")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody($$"""{"data":"{{first}}"}"""));
        _masivo.Server.Given(Request.Create().WithPath(WireMockMasivo.BasePath + "/auth/authorize").UsingGet())
            .InScenario("tokens").WhenStateIs("renewed")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody($$"""{"data":"{{second}}"}"""));
        _masivo.Server.Given(Request.Create().WithPath(WireMockMasivo.BasePath + "/contacts").UsingGet().WithHeader("Authorization", "Bearer " + first))
            .RespondWith(Response.Create().WithStatusCode(401).WithHeader("Content-Type", "application/json").WithBody("""{"error":"Unauthorized"}"""));
        _masivo.Server.Given(Request.Create().WithPath(WireMockMasivo.BasePath + "/contacts").UsingGet().WithHeader("Authorization", "Bearer " + second))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"data":[]}"""));
        using var shaped = Create(path, o => { UseApiKey(o); o.MaxRetries = 0; }, handlers: Recorder(MasivoHttpClients.Api));

        await Search(shaped.Client);

        Assert.Equal(["Bearer " + first, "Bearer " + second], _seen.Select(s => s.Header("Authorization")));
        Assert.Equal([401, 200], _seen.Select(s => s.StatusCode));
    }

    [Theory]
    [InlineData(Path.Builder)]
    [InlineData(Path.Options)]
    public async Task A_redirect_to_another_host_is_not_followed_even_when_the_user_allows_redirects(Path path)
    {
        using var elsewhere = WireMockServer.Start();
        elsewhere.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"data":[]}"""));
        _masivo.Respond("GET", "/contacts", 302, "", r => r.WithHeader("Location", elsewhere.Url + "/steal"));
        var configured = 0;
        using var shaped = Create(
            path,
            o => { _masivo.Configure(o); o.MaxRetries = 0; },
            primary: handler =>
            {
                Interlocked.Increment(ref configured);
                handler.AllowAutoRedirect = true;
                handler.MaxAutomaticRedirections = 10;
            },
            handlers: Recorder(MasivoHttpClients.All));

        var error = await Assert.ThrowsAsync<MasivoApiException>(() => Search(shaped.Client));

        Assert.Equal(302, error.StatusCode);
        Assert.Contains("never follows", error.Message, StringComparison.Ordinal);
        Assert.True(Volatile.Read(ref configured) > 0, "the user's configuration ran");
        Assert.Empty(elsewhere.LogEntries);
        Assert.Equal(302, Assert.Single(_seen).StatusCode);
    }

    [Theory]
    [InlineData(Path.Builder)]
    [InlineData(Path.Options)]
    public async Task A_redirect_from_authorize_is_not_followed_even_when_the_user_allows_redirects_so_the_key_stays(Path path)
    {
        using var elsewhere = WireMockServer.Start();
        elsewhere.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"data":"stolen"}"""));
        _masivo.Respond("GET", "/auth/authorize", 307, "", r => r.WithHeader("Location", elsewhere.Url + "/auth/authorize"));
        using var shaped = Create(path, o => { UseApiKey(o); o.MaxRetries = 0; }, primary: handler => handler.AllowAutoRedirect = true);

        var error = await Assert.ThrowsAsync<MasivoApiException>(() => Search(shaped.Client));

        Assert.Equal(307, error.StatusCode);
        Assert.Empty(elsewhere.LogEntries);
    }

    [Theory]
    [InlineData(Path.Builder)]
    [InlineData(Path.Options)]
    public async Task A_proxy_set_on_the_primary_handler_is_used(Path path)
    {
        // The proxy is a loopback stub; Masivo is a host name nobody can resolve. An https call through a proxy
        // asks it for a tunnel (CONNECT host:443): the stub records the ask and refuses it.
        var asks = new ConcurrentQueue<string>();
        await using var proxy = await KestrelStub.StartAsync(context =>
        {
            asks.Enqueue($"{context.Request.Method} {context.Request.Host}");
            context.Response.StatusCode = StatusCodes.Status502BadGateway;
            return Task.CompletedTask;
        });
        using var shaped = Create(
            path,
            o =>
            {
                _masivo.Configure(o);
                o.BaseAddress = new Uri("https://masivo.proxy-test.invalid/api/storefront/v1/");
                o.MaxRetries = 0;
            },
            primary: handler =>
            {
                handler.Proxy = new WebProxy(new Uri(proxy.BaseAddress.GetLeftPart(UriPartial.Authority)));
                handler.UseProxy = true;
            });

        await Assert.ThrowsAnyAsync<MasivoException>(() => Search(shaped.Client));

        Assert.Equal(["CONNECT masivo.proxy-test.invalid:443"], asks);
    }

    [Fact]
    public async Task Factory_logging_stays_off_when_the_user_adds_handlers_and_asks_every_client_for_logs()
    {
        _masivo.Respond("GET", "/contacts", 200, """{"data":[]}""");
        _masivo.Server.Given(Request.Create().WithPath("/control")).RespondWith(Response.Create().WithStatusCode(200));
        var logs = new RecordingLoggerProvider();
        var services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddMasivoClient(_masivo.Configure)
            .AddHttpMessageHandler(() => new RecordingHandler(_seen), MasivoHttpClients.All)
            .ConfigurePrimaryHandler(handler => handler.MaxConnectionsPerServer = 4);
        services.ConfigureHttpClientDefaults(b => b.AddDefaultLogger()); // after the SDK's registration, on purpose
        services.AddHttpClient("control");
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<MasivoClient>().Contacts.SearchAsync(new ContactSearchQuery { Email = "shy.person@example.com" });
        using (var control = provider.GetRequiredService<IHttpClientFactory>().CreateClient("control"))
        {
            await control.GetAsync(new Uri(_masivo.Server.Url + "/control"));
        }

        Assert.Single(_seen);
        Assert.Contains(logs.Logs, l => l.Category.StartsWith("System.Net.Http.HttpClient.control", StringComparison.Ordinal)); // the recorder would see it
        Assert.DoesNotContain(logs.Logs, l => l.Category.StartsWith("System.Net.Http", StringComparison.Ordinal) && !l.Category.Contains(".control.", StringComparison.Ordinal));
        Assert.DoesNotContain("shy.person", logs.AllText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("/contacts", logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registering_again_returns_a_builder_for_the_same_client_and_adds_nothing_twice()
    {
        _masivo.Respond("GET", "/contacts", 200, """{"data":[]}""");
        var services = new ServiceCollection();
        var first = services.AddMasivoClient("mexico", _masivo.Configure).AddHttpMessageHandler(() => new RecordingHandler(_seen, "from-the-app"));
        var second = services.AddMasivoClient("mexico", o => { _masivo.Configure(o); o.AccountId = "from-the-test"; })
            .AddHttpMessageHandler(() => new RecordingHandler(_seen, "from-the-test"));
        await using var provider = services.BuildServiceProvider();

        await Search(provider.GetRequiredKeyedService<MasivoClient>("mexico"));

        Assert.Equal("mexico", first.Name);
        Assert.Equal(first.Name, second.Name);
        Assert.Same(first.Services, second.Services);
        Assert.Equal(["from-the-app", "from-the-test"], _seen.Select(s => s.Handler).Order(StringComparer.Ordinal));
        Assert.All(_seen, s => Assert.Equal("from-the-test", s.Header("x-account-id")));
        Assert.Equal("from-the-test", WireMockMasivo.Header(Assert.Single(_masivo.Requests), "x-account-id"));
    }

    [Fact]
    public async Task Handlers_run_in_the_order_added_those_in_the_options_first()
    {
        _masivo.Respond("GET", "/contacts", 200, """{"data":[]}""");
        var order = new ConcurrentQueue<string>();
        var services = new ServiceCollection();
        services.AddMasivoClient(o =>
            {
                _masivo.Configure(o);
                o.AdditionalHandlers.Add(new MasivoAdditionalHandler(() => new NamedHandler(order, "options")));
            })
            .AddHttpMessageHandler(() => new NamedHandler(order, "builder-1"))
            .AddHttpMessageHandler(_ => new NamedHandler(order, "builder-2"), MasivoHttpClients.Api);
        await using var provider = services.BuildServiceProvider();

        await Search(provider.GetRequiredService<MasivoClient>());

        Assert.Equal(["options", "builder-1", "builder-2"], order);
    }

    [Fact]
    public void The_builder_refuses_a_handler_that_joins_no_client()
    {
        var builder = new ServiceCollection().AddMasivoClient(_masivo.Configure);

        Assert.Equal(string.Empty, builder.Name);
        Assert.Throws<ArgumentOutOfRangeException>("clients", () => builder.AddHttpMessageHandler(() => new RecordingHandler(_seen), 0));
        Assert.Throws<ArgumentOutOfRangeException>("clients", () => builder.AddHttpMessageHandler(() => new RecordingHandler(_seen), (MasivoHttpClients)4));
        Assert.Throws<ArgumentOutOfRangeException>("clients", () => new MasivoAdditionalHandler(() => new RecordingHandler(_seen), 0));
        Assert.Throws<ArgumentNullException>("configureHandler", () => builder.AddHttpMessageHandler((Func<DelegatingHandler>)null!));
        Assert.Throws<ArgumentNullException>("configure", () => builder.ConfigurePrimaryHandler((Action<SocketsHttpHandler>)null!));
    }

    [Fact]
    public void A_null_entry_in_additional_handlers_is_refused_naming_it()
    {
        var options = new MasivoClientOptions();
        _masivo.Configure(options);
        options.AdditionalHandlers.Add(Recorder(MasivoHttpClients.Api));
        options.AdditionalHandlers.Add(null!);

        var error = Assert.Throws<ArgumentException>(() => new MasivoClient(options));

        Assert.Contains("AdditionalHandlers[1] is null", error.Message, StringComparison.Ordinal);
    }

    private sealed class NamedHandler(ConcurrentQueue<string> order, string name) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            order.Enqueue(name);
            return base.SendAsync(request, cancellationToken);
        }
    }

    private sealed class ShapedClient(MasivoClient client, IDisposable owner) : IDisposable
    {
        public MasivoClient Client { get; } = client;

        public void Dispose() => owner.Dispose();
    }
}
