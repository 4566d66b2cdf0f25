using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Masivo.Sdk.Internal;

/// <summary>
/// States, once, the order of every Masivo HTTP client's handlers and strategies, outermost first:
/// <list type="number">
/// <item>resilience, per call: retry → circuit breaker → attempt timeout (<see cref="MasivoResiliencePipeline"/>, one pipeline
/// per HTTP client, kept by <see cref="ClientResiliencePipelines"/>);</item>
/// <item>per attempt: the answer's body read within the attempt (<see cref="ResponseReadingHandler"/>), attempt telemetry;</item>
/// <item>API client only: authentication with the 401 renewal (<see cref="AuthenticationHandler"/>), headers
/// (<see cref="MasivoHeadersHandler"/>), migration pacing (<see cref="MigrationRateLimitHandler"/>);</item>
/// <item>the user's handlers for this client (<see cref="MasivoTransportOptions.Handlers"/>), in the order added,
/// so they see the request as it goes on the wire and the raw answer;</item>
/// <item>transport: a <see cref="SocketsHttpHandler"/>, shaped by the user's configurations
/// (<see cref="MasivoTransportOptions.PrimaryHandlerConfigurations"/>) and then held to the SDK's rule: it never
/// follows redirects. Owned by the client.</item>
/// </list>
/// The token exchange (<c>auth/authorize</c>) has a pipeline of its own, without the API client's handlers.
/// Factory logging is off for both, whatever the user adds, and the handlers of <c>ConfigureHttpClientDefaults</c> are removed.
/// </summary>
internal static class MasivoPipelineBuilder
{
    // Every user handler handed to a chain, so one returned twice is named at once, not found by the factory later.
    private static readonly ConditionalWeakTable<DelegatingHandler, object?> Handed = [];

    /// <summary>Registers the HTTP client <paramref name="httpClientName"/> of the Masivo client <paramref name="key"/>.</summary>
    public static void Build(IServiceCollection services, string httpClientName, string key, MasivoHttpClientKind kind)
    {
        var client = services.AddHttpClient(httpClientName);

        // First, whatever ConfigureHttpClientDefaults put on every client of the app goes (the factory applies
        // defaults before a client's own configuration, whichever was registered first): a standard resilience
        // handler there would resend creates and redeems, and impose its own timeouts; any handler there would
        // see the API key. Users shape the SDK's transport through IMasivoClientBuilder instead.
        client.ConfigureAdditionalHttpMessageHandlers(static (handlers, _) => handlers.Clear());
        client.ConfigureHttpClient((sp, http) =>
            {
                http.BaseAddress = Context(sp, key).Options.BaseAddress;
                http.Timeout = Timeout.InfiniteTimeSpan; // TotalTimeout and AttemptTimeout govern.
            });
        client
            .AddHttpMessageHandler(sp => new ResilienceHandler(Context(sp, key).Resilience.Get(kind, httpClientName)))
            .AddHttpMessageHandler(() => new ResponseReadingHandler())
            .AddHttpMessageHandler(sp => new AttemptTelemetryHandler(Context(sp, key).Telemetry));

        if (kind == MasivoHttpClientKind.Api)
        {
            client
                .AddHttpMessageHandler(sp => new AuthenticationHandler(sp.GetRequiredKeyedService<AccessTokenSource>(key), Context(sp, key).Secrets))
                .AddHttpMessageHandler(sp => new MasivoHeadersHandler(Context(sp, key).Live))
                .AddHttpMessageHandler(sp => new MigrationRateLimitHandler(Context(sp, key).MigrationPacer));
        }

        // Innermost, the user's own handlers: added when the chain is built, so a handler added after this
        // registration (AddMasivoClient(...).AddHttpMessageHandler(...)) takes this place too.
        client.ConfigureAdditionalHttpMessageHandlers((handlers, sp) =>
        {
            foreach (var handler in Transport(sp, key).Handlers)
            {
                if (handler.Joins(kind))
                {
                    var created = handler.Create(sp) ?? throw new InvalidOperationException($"A handler factory added to {Describe(key)} returned null: it must return a new DelegatingHandler.");
                    if (created.InnerHandler is not null || !Handed.TryAdd(created, null))
                    {
                        throw new InvalidOperationException(
                            $"A handler factory added to {Describe(key)} returned a {created.GetType().Name} that is already part of a chain: it must return a new instance on every call (the factory builds a chain per HTTP client, and again each time it renews them).");
                    }

                    handlers.Add(created);
                }
            }
        });

        // No redirects (a redirect could carry the key or token to another host), and no factory logging
        // (it writes URIs, and a search's URI holds personal data: the SDK logs for itself).
        client
            .ConfigurePrimaryHttpMessageHandler(sp => CreateTransport(sp, key))
            .RedactLoggedHeaders(static _ => true)
            .RemoveAllLoggers();
    }

    private static MasivoClientContext Context(IServiceProvider services, string key) => services.GetRequiredKeyedService<MasivoClientContext>(key);

    private static string Describe(string key) => key.Length == 0 ? "the default Masivo client" : $"Masivo client '{key}'";

    private static MasivoTransportOptions Transport(IServiceProvider services, string key) =>
        services.GetRequiredService<IOptionsMonitor<MasivoTransportOptions>>().Get(key);

    private static SocketsHttpHandler CreateTransport(IServiceProvider services, string key)
    {
        var transport = Context(services, key).Own(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            // Masivo's answers are a few KB: asking for them compressed would cost every call its Accept-Encoding
            // header and a decompression wrapper (about 600 B) to save little. A user may turn it on (ConfigurePrimaryHandler).
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        });

        // The user's proxy, certificates, connection limits…
        foreach (var configure in Transport(services, key).PrimaryHandlerConfigurations)
        {
            configure(transport, services);
        }

        // …then the SDK's rule, whatever they set.
        transport.AllowAutoRedirect = false;
        return transport;
    }
}

/// <summary>The two HTTP clients of a Masivo client.</summary>
internal enum MasivoHttpClientKind
{
    /// <summary>Every API call: bearer token, account and time zone headers, migration pacing.</summary>
    Api,

    /// <summary>The token exchange, <c>auth/authorize</c>: the only request that carries the API key.</summary>
    Authorize,
}
