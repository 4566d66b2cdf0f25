using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Masivo.Sdk.Internal;

/// <summary>
/// Which Masivo clients a service collection already holds. Registering a client again (a test host
/// overriding the application's registration) replaces its options instead of adding a second,
/// nested HTTP pipeline.
/// </summary>
internal static class MasivoClientRegistrations
{
    /// <summary>Marks a registered client, keyed by its name.</summary>
    private sealed class Marker;

    public static bool IsRegistered(IServiceCollection services, string name) =>
        services.Any(d => d.ServiceType == typeof(Marker) && d.IsKeyedService && Equals(d.ServiceKey, name));

    public static void MarkRegistered(IServiceCollection services, string name) =>
        services.AddKeyedSingleton(name, new Marker());

    /// <summary>Forgets how the client's options were configured before, so the new configuration replaces it.</summary>
    public static void RemoveOptionsConfiguration(IServiceCollection services, string name)
    {
        for (var i = services.Count - 1; i >= 0; i--)
        {
            var instance = services[i].IsKeyedService ? null : services[i].ImplementationInstance;
            var forThisClient = instance switch
            {
                ConfigureNamedOptions<MasivoClientOptions> configure => configure.Name == name,
                IOptionsChangeTokenSource<MasivoClientOptions> changes => changes.Name == name,
                _ => false,
            };
            if (forThisClient)
            {
                services.RemoveAt(i);
            }
        }
    }
}
