using Masivo.Sdk.Internal;
using Microsoft.Extensions.DependencyInjection;

namespace Masivo.Sdk.Benchmarks;

/// <summary>Builds the SDK's real pipeline with an in-memory handler where the network would be.</summary>
public static class SdkClientFactory
{
    public static readonly Uri BaseAddress = new("https://masivo.invalid/api/storefront/v1/");

    public static ServiceProvider Create(HttpMessageHandler handler)
    {
        var services = new ServiceCollection();
        services.AddMasivoClient(options =>
        {
            options.BaseAddress = BaseAddress;
            options.AccessToken = "benchmark-token";
            options.AccountId = "benchmark-account";
            options.MigrationRequestInterval = TimeSpan.Zero;
        });
        services.AddHttpClient(MasivoServiceRegistration.HttpClientName(MasivoServiceRegistration.DefaultName))
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        return services.BuildServiceProvider();
    }
}
