using System.Net;
using Masivo.Sdk.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit;

namespace Masivo.Sdk.Internal;

/// <summary>
/// Registers one configured Masivo client: its options, its HTTP pipeline (resilience outside, headers
/// inside, a non-redirecting primary handler), its Refit interfaces and its public clients. Every
/// service is keyed by the client's name; the default client is also registered without a key.
/// </summary>
internal static class MasivoServiceRegistration
{
    public const string DefaultName = "";

    public static void Register(IServiceCollection services, string name, Action<OptionsBuilder<MasivoClientOptions>> configureOptions)
    {
        if (MasivoClientRegistrations.IsRegistered(services, name))
        {
            // Registered again: the new options replace the old ones; the pipeline stays the one already there.
            MasivoClientRegistrations.RemoveOptionsConfiguration(services, name);
            configureOptions(services.AddOptions<MasivoClientOptions>(name));
            return;
        }

        MasivoClientRegistrations.MarkRegistered(services, name);
        var optionsBuilder = services.AddOptions<MasivoClientOptions>(name);
        configureOptions(optionsBuilder);
        optionsBuilder.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MasivoClientOptions>, MasivoClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        var key = name;
        services.AddKeyedSingleton(key, (sp, _) =>
        {
            var monitor = sp.GetRequiredService<IOptionsMonitor<MasivoClientOptions>>();
            var options = monitor.Get(name);
            return new MasivoClientContext(options, sp.GetRequiredService<TimeProvider>(), sp.GetService<ILoggerFactory>(), new LiveClientSettings(options, monitor, name));
        });
        services.AddKeyedSingleton(key, (sp, k) => CreateTokenSource(sp, name, sp.GetRequiredKeyedService<MasivoClientContext>(k)));

        var httpClientName = HttpClientName(name);
        AddPipeline(services, httpClientName, key)
            .AddHttpMessageHandler(sp =>
            {
                var context = sp.GetRequiredKeyedService<MasivoClientContext>(key);
                return new MasivoHeadersHandler(sp.GetRequiredKeyedService<AccessTokenSource>(key), context.Live, context.Secrets);
            })
            .AddHttpMessageHandler(sp => new MigrationRateLimitHandler(sp.GetRequiredKeyedService<MasivoClientContext>(key).MigrationPacer));

        // The token exchange has a pipeline of its own: the same resilience, but no bearer token to add.
        var authHttpClientName = httpClientName + ":auth";
        AddPipeline(services, authHttpClientName, key);

        Func<IServiceProvider, RefitSettings?> settings = _ => MasivoRefitSettings.Create();
        services.AddKeyedRefitGeneratedClient<IAuthApi>(key, MasivoJsonContext.Default, settings, authHttpClientName, false);
        services.AddKeyedRefitGeneratedClient<IContactsApi>(key, MasivoJsonContext.Default, settings, httpClientName, false);
        services.AddKeyedRefitGeneratedClient<ICustomersApi>(key, MasivoJsonContext.Default, settings, httpClientName, false);
        services.AddKeyedRefitGeneratedClient<ICouponsApi>(key, MasivoJsonContext.Default, settings, httpClientName, false);

        // Last, because registering a Refit client sets a primary handler of its own (one that follows redirects).
        SecureTransport(services.AddHttpClient(httpClientName), key);
        SecureTransport(services.AddHttpClient(authHttpClientName), key);

        services.AddKeyedSingleton(key, (sp, k) => new ContactsClient(sp.GetRequiredKeyedService<IContactsApi>(k), sp.GetRequiredKeyedService<MasivoClientContext>(k)));
        services.AddKeyedSingleton(key, (sp, k) => new CustomersClient(sp.GetRequiredKeyedService<ICustomersApi>(k), sp.GetRequiredKeyedService<MasivoClientContext>(k)));
        services.AddKeyedSingleton(key, (sp, k) => new CouponsClient(sp.GetRequiredKeyedService<ICouponsApi>(k), sp.GetRequiredKeyedService<MasivoClientContext>(k)));
        services.AddKeyedSingleton(key, (sp, k) => new MasivoClient(
            sp.GetRequiredKeyedService<ContactsClient>(k),
            sp.GetRequiredKeyedService<CustomersClient>(k),
            sp.GetRequiredKeyedService<CouponsClient>(k)));

        if (name.Length == 0)
        {
            services.AddSingleton(sp => sp.GetRequiredKeyedService<MasivoClient>(DefaultName));
            services.AddSingleton(sp => sp.GetRequiredKeyedService<ContactsClient>(DefaultName));
            services.AddSingleton(sp => sp.GetRequiredKeyedService<CustomersClient>(DefaultName));
            services.AddSingleton(sp => sp.GetRequiredKeyedService<CouponsClient>(DefaultName));
        }
    }

    /// <summary>The name of the HTTP client of the Masivo client called <paramref name="name"/>.</summary>
    public static string HttpClientName(string name) => name.Length == 0 ? "Masivo.Sdk" : "Masivo.Sdk:" + name;

    /// <summary>
    /// The handlers every Masivo HTTP client shares, outermost first: the resilience pipeline, the
    /// reading of each answer's body within its attempt, and per-attempt telemetry. Handlers added to the returned builder run per attempt.
    /// </summary>
    private static IHttpClientBuilder AddPipeline(IServiceCollection services, string httpClientName, string key)
    {
        services.AddHttpClient(httpClientName)
            .ConfigureHttpClient((sp, client) =>
            {
                client.BaseAddress = sp.GetRequiredKeyedService<MasivoClientContext>(key).Options.BaseAddress;
                client.Timeout = Timeout.InfiniteTimeSpan; // TotalTimeout and AttemptTimeout govern.
            })
            .AddResilienceHandler("Masivo", (pipeline, resilience) =>
            {
                var context = resilience.ServiceProvider.GetRequiredKeyedService<MasivoClientContext>(key);
                MasivoResiliencePipeline.Configure(pipeline, context.Options, context.TimeProvider, context.Telemetry);
            });

        return services.AddHttpClient(httpClientName)
            .AddHttpMessageHandler(() => new ResponseBufferingHandler())
            .AddHttpMessageHandler(sp => new AttemptTelemetryHandler(sp.GetRequiredKeyedService<MasivoClientContext>(key).Telemetry));
    }

    /// <summary>No redirects (a redirect could carry the key or token to another host), and no factory logging (it writes URIs, and a search's URI holds personal data: the SDK logs for itself).</summary>
    private static void SecureTransport(IHttpClientBuilder client, string key) =>
        client.ConfigurePrimaryHttpMessageHandler(sp => sp.GetRequiredKeyedService<MasivoClientContext>(key).Own(CreatePrimaryHandler()))
            .RedactLoggedHeaders(static _ => true)
            .RemoveAllLoggers();

    private static SocketsHttpHandler CreatePrimaryHandler() => new()
    {
        AllowAutoRedirect = false, // a redirect could carry the token to another host
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };

    private static AccessTokenSource CreateTokenSource(IServiceProvider services, string name, MasivoClientContext context)
    {
        var options = context.Options;
        if (!string.IsNullOrWhiteSpace(options.AccessToken))
        {
            return new FixedAccessTokenSource(context.Live);
        }

        if (!string.IsNullOrWhiteSpace(options.ApiKey))
        {
            return new ApiKeyAccessTokenSource(services.GetRequiredKeyedService<IAuthApi>(name), context.Live, options.TokenRefreshMargin, context.TimeProvider, context.Telemetry);
        }

        var provider = MasivoTokenProviders.Find(services, name)
            ?? throw new InvalidOperationException("No credential is configured for this Masivo client: set ApiKey or AccessToken, or register an IMasivoTokenProvider.");
        return new ProviderAccessTokenSource(provider, name, options.AccountId);
    }
}
