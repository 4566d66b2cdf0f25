using Microsoft.Extensions.DependencyInjection;

namespace Masivo.Sdk.Internal;

/// <summary>
/// Finds the <see cref="IMasivoTokenProvider"/> a user registered for a client: keyed by the client's
/// name, or, for the default client only, unkeyed.
/// </summary>
internal static class MasivoTokenProviders
{
    public static bool IsRegistered(IServiceProvider services, string name)
    {
        if (services.GetService<IServiceProviderIsKeyedService>() is { } keyed && keyed.IsKeyedService(typeof(IMasivoTokenProvider), name))
        {
            return true;
        }

        return name.Length == 0 && services.GetService<IServiceProviderIsService>() is { } unkeyed && unkeyed.IsService(typeof(IMasivoTokenProvider));
    }

    public static IMasivoTokenProvider? Find(IServiceProvider services, string name) =>
        services.GetKeyedService<IMasivoTokenProvider>(name)
        ?? (name.Length == 0 ? services.GetService<IMasivoTokenProvider>() : null);
}
