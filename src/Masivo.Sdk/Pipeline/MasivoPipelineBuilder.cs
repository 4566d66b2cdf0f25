using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace Masivo.Sdk.Internal;

/// <summary>
/// States, once, the order of every Masivo HTTP client's handlers and strategies, outermost first:
/// <list type="number">
/// <item>resilience, per call: retry → circuit breaker → attempt timeout (<see cref="MasivoResiliencePipeline"/>);</item>
/// <item>per attempt: the answer's body read within the attempt (<see cref="ResponseBufferingHandler"/>), attempt telemetry;</item>
/// <item>API client only: authentication with the 401 renewal (<see cref="AuthenticationHandler"/>), headers
/// (<see cref="MasivoHeadersHandler"/>), migration pacing (<see cref="MigrationRateLimitHandler"/>);</item>
/// <item>transport: a <see cref="SocketsHttpHandler"/> that never follows redirects, owned by the client.</item>
/// </list>
/// The token exchange (<c>auth/authorize</c>) has a pipeline of its own, without the API client's handlers.
/// </summary>
internal static class MasivoPipelineBuilder
{
    /// <summary>Registers the HTTP client <paramref name="httpClientName"/> of the Masivo client <paramref name="key"/>.</summary>
    public static void Build(IServiceCollection services, string httpClientName, string key, MasivoHttpClientKind kind)
    {
        var client = services.AddHttpClient(httpClientName);
        client.ConfigureHttpClient((sp, http) =>
            {
                http.BaseAddress = Context(sp, key).Options.BaseAddress;
                http.Timeout = Timeout.InfiniteTimeSpan; // TotalTimeout and AttemptTimeout govern.
            });
        client.AddResilienceHandler("Masivo", (pipeline, resilience) =>
            {
                var context = Context(resilience.ServiceProvider, key);
                MasivoResiliencePipeline.Configure(pipeline, context.Options, context.TimeProvider, context.Telemetry);
            });
        client
            .AddHttpMessageHandler(() => new ResponseBufferingHandler())
            .AddHttpMessageHandler(sp => new AttemptTelemetryHandler(Context(sp, key).Telemetry));

        if (kind == MasivoHttpClientKind.Api)
        {
            client
                .AddHttpMessageHandler(sp => new AuthenticationHandler(sp.GetRequiredKeyedService<AccessTokenSource>(key), Context(sp, key).Secrets))
                .AddHttpMessageHandler(sp => new MasivoHeadersHandler(Context(sp, key).Live))
                .AddHttpMessageHandler(sp => new MigrationRateLimitHandler(Context(sp, key).MigrationPacer));
        }

        // No redirects (a redirect could carry the key or token to another host), and no factory logging
        // (it writes URIs, and a search's URI holds personal data: the SDK logs for itself).
        client
            .ConfigurePrimaryHttpMessageHandler(sp => Context(sp, key).Own(CreateTransport()))
            .RedactLoggedHeaders(static _ => true)
            .RemoveAllLoggers();
    }

    private static MasivoClientContext Context(IServiceProvider services, string key) => services.GetRequiredKeyedService<MasivoClientContext>(key);

    private static SocketsHttpHandler CreateTransport() => new()
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };
}

/// <summary>The two HTTP clients of a Masivo client.</summary>
internal enum MasivoHttpClientKind
{
    /// <summary>Every API call: bearer token, account and time zone headers, migration pacing.</summary>
    Api,

    /// <summary>The token exchange, <c>auth/authorize</c>: the only request that carries the API key.</summary>
    Authorize,
}
