using Masivo.Sdk;
using Masivo.Sdk.Internal;
using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="MasivoClient"/> and its resource clients in a service collection.</summary>
public static class MasivoServiceCollectionExtensions
{
    /// <summary>
    /// Registers the default <see cref="MasivoClient"/> (and <see cref="ContactsClient"/>,
    /// <see cref="CustomersClient"/>, <see cref="CouponsClient"/>) as singletons, configured in code.
    /// The options are validated when the host starts and when the client is first resolved.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <remarks>Registering the same client again (a test host overriding the application's registration) replaces its options; it never adds a second pipeline.</remarks>
    public static IServiceCollection AddMasivoClient(this IServiceCollection services, Action<MasivoClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        MasivoServiceRegistration.Register(services, MasivoServiceRegistration.DefaultName, builder => builder.Configure(configure));
        return services;
    }

    /// <summary>
    /// Registers the default <see cref="MasivoClient"/> bound to a configuration section, such as
    /// <c>configuration.GetSection("Masivo")</c>. Keep <c>ApiKey</c> in user secrets or the environment
    /// (<c>Masivo__ApiKey</c>), never in appsettings.json.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section that holds the options.</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <remarks>Registering the same client again (a test host overriding the application's registration) replaces its options; it never adds a second pipeline.</remarks>
    public static IServiceCollection AddMasivoClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        MasivoServiceRegistration.Register(services, MasivoServiceRegistration.DefaultName, builder => builder.Bind(configuration));
        return services;
    }

    /// <summary>
    /// Registers a named <see cref="MasivoClient"/>, for example one per Masivo account. Inject it with
    /// <c>[FromKeyedServices(name)] MasivoClient</c> or resolve it with <c>GetRequiredKeyedService&lt;MasivoClient&gt;(name)</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client's name, used as its service key.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <remarks>Registering the same client again (a test host overriding the application's registration) replaces its options; it never adds a second pipeline.</remarks>
    public static IServiceCollection AddMasivoClient(this IServiceCollection services, string name, Action<MasivoClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        MasivoServiceRegistration.Register(services, name, builder => builder.Configure(configure));
        return services;
    }

    /// <summary>
    /// Registers a named <see cref="MasivoClient"/> bound to a configuration section, such as
    /// <c>configuration.GetSection("Masivo:Accounts:Mexico")</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client's name, used as its service key.</param>
    /// <param name="configuration">The section that holds the options.</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <remarks>Registering the same client again (a test host overriding the application's registration) replaces its options; it never adds a second pipeline.</remarks>
    public static IServiceCollection AddMasivoClient(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configuration);
        MasivoServiceRegistration.Register(services, name, builder => builder.Bind(configuration));
        return services;
    }
}
