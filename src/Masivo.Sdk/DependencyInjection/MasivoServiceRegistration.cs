using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Masivo.Sdk.Internal;

/// <summary>
/// Registers one configured Masivo client: its options, its context, its two HTTP clients (built by
/// <see cref="MasivoPipelineBuilder"/>), the <see cref="MasivoClient"/> and each resource client it holds.
/// Every service is keyed by the client's name; the default client is also registered without a key.
/// </summary>
internal static class MasivoServiceRegistration
{
    public const string DefaultName = "";

    /// <returns>A builder for the client's transport: the same client however often it is registered.</returns>
    public static IMasivoClientBuilder Register(IServiceCollection services, string name, Action<OptionsBuilder<MasivoClientOptions>> configureOptions)
    {
        var builder = new MasivoClientBuilder(name, services);
        if (MasivoClientRegistrations.IsRegistered(services, name))
        {
            // Registered again: the new options replace the old ones; the pipeline, and the handlers added to it, stay.
            MasivoClientRegistrations.RemoveOptionsConfiguration(services, name);
            configureOptions(services.AddOptions<MasivoClientOptions>(name));
            return builder;
        }

        MasivoClientRegistrations.MarkRegistered(services, name);
        var optionsBuilder = services.AddOptions<MasivoClientOptions>(name);
        configureOptions(optionsBuilder);
        optionsBuilder.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MasivoClientOptions>, MasivoClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        var key = name;
        var httpClientName = HttpClientName(name);
        var authHttpClientName = httpClientName + ":auth";
        services.AddKeyedSingleton(key, (sp, _) =>
        {
            var monitor = sp.GetRequiredService<IOptionsMonitor<MasivoClientOptions>>();
            var options = monitor.Get(name);
            var httpClients = sp.GetRequiredService<IHttpClientFactory>();
            return new MasivoClientContext(options, sp.GetRequiredService<TimeProvider>(), sp.GetService<ILoggerFactory>(), new LiveClientSettings(options, monitor, name))
            {
                CreateHttpClient = kind => httpClients.CreateClient(kind == MasivoHttpClientKind.Api ? httpClientName : authHttpClientName),
            };
        });
        services.AddKeyedSingleton(key, (sp, k) => CreateTokenSource(sp, name, sp.GetRequiredKeyedService<MasivoClientContext>(k)));

        // The transport the options ask for (ConfigurePrimaryHandler, AdditionalHandlers) comes first in the one
        // list the pipeline reads; what the builder adds follows, in the order of its calls.
        services.AddOptions<MasivoTransportOptions>(name)
            .Configure<IServiceProvider>((transport, sp) => transport.Add(sp.GetRequiredKeyedService<MasivoClientContext>(key).Options));

        MasivoPipelineBuilder.Build(services, httpClientName, key, MasivoHttpClientKind.Api);
        MasivoPipelineBuilder.Build(services, authHttpClientName, key, MasivoHttpClientKind.Authorize);

        services.AddKeyedSingleton(key, (sp, k) => new MasivoClient(sp.GetRequiredKeyedService<MasivoClientContext>(k)));
        if (name.Length == 0)
        {
            services.AddSingleton(sp => sp.GetRequiredKeyedService<MasivoClient>(DefaultName));
        }

        // Every resource client is the one its MasivoClient holds: a new resource needs no line here.
        foreach (var resource in MasivoClient.Resources)
        {
            services.AddKeyedSingleton(resource.ClientType, key, (sp, k) => resource.Of(sp.GetRequiredKeyedService<MasivoClient>(k)));
            if (name.Length == 0)
            {
                services.AddSingleton(resource.ClientType, sp => resource.Of(sp.GetRequiredKeyedService<MasivoClient>(DefaultName)));
            }
        }

        return builder;
    }

    /// <summary>The name of the HTTP client of the Masivo client called <paramref name="name"/>.</summary>
    public static string HttpClientName(string name) => name.Length == 0 ? "Masivo.Sdk" : "Masivo.Sdk:" + name;

    private static AccessTokenSource CreateTokenSource(IServiceProvider services, string name, MasivoClientContext context)
    {
        var options = context.Options;
        if (!string.IsNullOrWhiteSpace(options.AccessToken))
        {
            return new FixedAccessTokenSource(context.Live);
        }

        if (!string.IsNullOrWhiteSpace(options.ApiKey))
        {
            return new ApiKeyAccessTokenSource(context, options.TokenRefreshMargin);
        }

        var provider = MasivoTokenProviders.Find(services, name)
            ?? throw new InvalidOperationException("No credential is configured for this Masivo client: set ApiKey or AccessToken, or register an IMasivoTokenProvider.");
        return new ProviderAccessTokenSource(provider, name, options.AccountId);
    }
}
