using Masivo.Sdk.Internal;
using Microsoft.Extensions.DependencyInjection;

namespace Masivo.Sdk.Benchmarks;

/// <summary>
/// Builds the SDK's real pipeline with an in-memory handler where the network would be, or with its own
/// handler pointed at a server (the socket benchmarks). A fixed access token; migrations unpaced.
/// </summary>
public static class SdkClientFactory
{
    public static readonly Uri BaseAddress = new("https://masivo.invalid/api/storefront/v1/");

    public static ServiceProvider Create(HttpMessageHandler handler) => Create(BaseAddress, handler);

    public static ServiceProvider Create(Uri baseAddress, HttpMessageHandler? handler = null)
    {
        var services = new ServiceCollection();
        services.AddMasivoClient(options =>
        {
            options.BaseAddress = baseAddress;
            options.AccessToken = "benchmark-token";
            options.AccountId = "benchmark-account";
            options.MigrationRequestInterval = TimeSpan.Zero;
        });
        if (handler is not null)
        {
            services.AddHttpClient(MasivoServiceRegistration.HttpClientName(MasivoServiceRegistration.DefaultName))
                .ConfigurePrimaryHttpMessageHandler(() => handler);
        }

        return services.BuildServiceProvider();
    }
}
