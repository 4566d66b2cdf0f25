using Masivo.Sdk;
using Masivo.Sdk.Internal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

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
    /// <returns>
    /// A builder for the client's transport (<see cref="MasivoClientBuilderExtensions.ConfigurePrimaryHandler(IMasivoClientBuilder, Action{System.Net.Http.SocketsHttpHandler, IServiceProvider})"/>,
    /// <see cref="MasivoClientBuilderExtensions.AddHttpMessageHandler(IMasivoClientBuilder, Func{IServiceProvider, System.Net.Http.DelegatingHandler}, MasivoHttpClients)"/>);
    /// its <see cref="IMasivoClientBuilder.Services"/> is <paramref name="services"/>, for chaining.
    /// </returns>
    /// <remarks>
    /// Registering the same client again (a test host overriding the application's registration) replaces its
    /// options; it never adds a second pipeline, and returns a builder for the same client: the handlers and
    /// handler configurations already added stay (what the returned builder adds is added again).
    /// </remarks>
    public static IMasivoClientBuilder AddMasivoClient(this IServiceCollection services, Action<MasivoClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        return MasivoServiceRegistration.Register(services, MasivoServiceRegistration.DefaultName, builder => builder.Configure(configure));
    }

    /// <summary>
    /// Registers the default <see cref="MasivoClient"/> bound to a configuration section, such as
    /// <c>configuration.GetSection("Masivo")</c>. Keep <c>ApiKey</c> in user secrets or the environment
    /// (<c>Masivo__ApiKey</c>), never in appsettings.json. <see cref="MasivoClientOptions.ConfigurePrimaryHandler"/> and
    /// <see cref="MasivoClientOptions.AdditionalHandlers"/> are code, not configuration: the section never sets
    /// them; shape the transport with the builder this returns.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section that holds the options.</param>
    /// <returns>
    /// A builder for the client's transport (<see cref="MasivoClientBuilderExtensions.ConfigurePrimaryHandler(IMasivoClientBuilder, Action{System.Net.Http.SocketsHttpHandler, IServiceProvider})"/>,
    /// <see cref="MasivoClientBuilderExtensions.AddHttpMessageHandler(IMasivoClientBuilder, Func{IServiceProvider, System.Net.Http.DelegatingHandler}, MasivoHttpClients)"/>);
    /// its <see cref="IMasivoClientBuilder.Services"/> is <paramref name="services"/>, for chaining.
    /// </returns>
    /// <remarks>
    /// Registering the same client again (a test host overriding the application's registration) replaces its
    /// options; it never adds a second pipeline, and returns a builder for the same client: the handlers and
    /// handler configurations already added stay (what the returned builder adds is added again).
    /// </remarks>
    public static IMasivoClientBuilder AddMasivoClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        return MasivoServiceRegistration.Register(services, MasivoServiceRegistration.DefaultName, builder => Bind(builder, configuration));
    }

    /// <summary>
    /// Registers a named <see cref="MasivoClient"/>, for example one per Masivo account. Inject it with
    /// <c>[FromKeyedServices(name)] MasivoClient</c> or resolve it with <c>GetRequiredKeyedService&lt;MasivoClient&gt;(name)</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client's name, used as its service key.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>
    /// A builder for the client's transport (<see cref="MasivoClientBuilderExtensions.ConfigurePrimaryHandler(IMasivoClientBuilder, Action{System.Net.Http.SocketsHttpHandler, IServiceProvider})"/>,
    /// <see cref="MasivoClientBuilderExtensions.AddHttpMessageHandler(IMasivoClientBuilder, Func{IServiceProvider, System.Net.Http.DelegatingHandler}, MasivoHttpClients)"/>);
    /// its <see cref="IMasivoClientBuilder.Services"/> is <paramref name="services"/>, for chaining.
    /// </returns>
    /// <remarks>
    /// Registering the same client again (a test host overriding the application's registration) replaces its
    /// options; it never adds a second pipeline, and returns a builder for the same client: the handlers and
    /// handler configurations already added stay (what the returned builder adds is added again).
    /// </remarks>
    public static IMasivoClientBuilder AddMasivoClient(this IServiceCollection services, string name, Action<MasivoClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        return MasivoServiceRegistration.Register(services, name, builder => builder.Configure(configure));
    }

    /// <summary>
    /// Registers a named <see cref="MasivoClient"/> bound to a configuration section, such as
    /// <c>configuration.GetSection("Masivo:Accounts:Mexico")</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client's name, used as its service key.</param>
    /// <param name="configuration">The section that holds the options.</param>
    /// <returns>
    /// A builder for the client's transport (<see cref="MasivoClientBuilderExtensions.ConfigurePrimaryHandler(IMasivoClientBuilder, Action{System.Net.Http.SocketsHttpHandler, IServiceProvider})"/>,
    /// <see cref="MasivoClientBuilderExtensions.AddHttpMessageHandler(IMasivoClientBuilder, Func{IServiceProvider, System.Net.Http.DelegatingHandler}, MasivoHttpClients)"/>);
    /// its <see cref="IMasivoClientBuilder.Services"/> is <paramref name="services"/>, for chaining.
    /// </returns>
    /// <remarks>
    /// Registering the same client again (a test host overriding the application's registration) replaces its
    /// options; it never adds a second pipeline, and returns a builder for the same client: the handlers and
    /// handler configurations already added stay (what the returned builder adds is added again).
    /// </remarks>
    public static IMasivoClientBuilder AddMasivoClient(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configuration);
        return MasivoServiceRegistration.Register(services, name, builder => Bind(builder, configuration));
    }

    /// <summary>
    /// Binds every option but <see cref="MasivoClientOptions.ConfigurePrimaryHandler"/> and
    /// <see cref="MasivoClientOptions.AdditionalHandlers"/>, which are code: the binding generator generates nothing for
    /// them (it reports SYSLIB1100/SYSLIB1101 for the list, silenced in the project file), so a section never sets them
    /// and a stray key for them is ignored.
    /// </summary>
    private static void Bind(OptionsBuilder<MasivoClientOptions> builder, IConfiguration configuration) => builder.Bind(configuration);
}
