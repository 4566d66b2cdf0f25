using Masivo.Sdk;
using Masivo.Sdk.Internal;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Shapes the transport of a Masivo client without weakening it: configure the SDK's own
/// <see cref="SocketsHttpHandler"/> (a corporate proxy, a client certificate, connection limits) and add
/// handlers of your own (a header your gateway requires, a recording handler in tests).
/// </summary>
/// <remarks>
/// <para>
/// The pipeline of every call, outermost first: retry, circuit breaker and attempt timeout; the answer's
/// buffering and attempt telemetry; on the API client, the bearer token (with the renewal after a 401), the
/// <c>x-account-id</c> and <c>x-timezone</c> headers and migration pacing; then your handlers, in the order
/// added; then the transport. Your handlers therefore run once per attempt and see the request as it goes on
/// the wire and the answer as it comes back.
/// </para>
/// <para>
/// Whatever is added, the SDK's rules hold: redirects are never followed (<see cref="SocketsHttpHandler.AllowAutoRedirect"/>
/// is set back to <see langword="false"/> after your configuration), the HTTP client factory's logging stays off,
/// and the API key is sent only to <c>auth/authorize</c>.
/// </para>
/// <para>
/// What <c>ConfigureHttpClientDefaults</c> sets for every client does not reach the SDK's clients: its handlers
/// are removed from them (a second resilience handler would resend creates and redeems; any handler would see the
/// API key) and its primary handler is replaced. Use <see cref="ConfigurePrimaryHandler(IMasivoClientBuilder, Action{SocketsHttpHandler, IServiceProvider})"/>.
/// Without a container, <see cref="MasivoClientOptions.ConfigurePrimaryHandler"/> and
/// <see cref="MasivoClientOptions.AdditionalHandlers"/> do the same; with one, both ways apply (the options' first).
/// </para>
/// </remarks>
public static class MasivoClientBuilderExtensions
{
    /// <summary>
    /// Configures the <see cref="SocketsHttpHandler"/> of the client's two HTTP clients (the API's and the token
    /// exchange's): a proxy, client certificates, connection limits. Called each time a handler is created, after
    /// the SDK's defaults and before the SDK re-imposes its rules (no redirects).
    /// </summary>
    /// <param name="builder">The client's builder.</param>
    /// <param name="configure">Configures the handler; receives the service provider of the handler's scope.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="configure"/> is <see langword="null"/>.</exception>
    /// <example>
    /// <code>
    /// services.AddMasivoClient(builder.Configuration.GetSection("Masivo"))
    ///     .ConfigurePrimaryHandler((handler, _) =>
    ///     {
    ///         handler.Proxy = new WebProxy("http://proxy.corp.example:8080");
    ///         handler.UseProxy = true;
    ///     });
    /// </code>
    /// </example>
    public static IMasivoClientBuilder ConfigurePrimaryHandler(this IMasivoClientBuilder builder, Action<SocketsHttpHandler, IServiceProvider> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure<MasivoTransportOptions>(builder.Name, transport => transport.PrimaryHandlerConfigurations.Add(configure));
        return builder;
    }

    /// <summary>
    /// Configures the <see cref="SocketsHttpHandler"/> of the client's two HTTP clients: a proxy, client
    /// certificates, connection limits. See <see cref="ConfigurePrimaryHandler(IMasivoClientBuilder, Action{SocketsHttpHandler, IServiceProvider})"/>.
    /// </summary>
    /// <param name="builder">The client's builder.</param>
    /// <param name="configure">Configures the handler.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="configure"/> is <see langword="null"/>.</exception>
    public static IMasivoClientBuilder ConfigurePrimaryHandler(this IMasivoClientBuilder builder, Action<SocketsHttpHandler> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return builder.ConfigurePrimaryHandler((handler, _) => configure(handler));
    }

    /// <summary>
    /// Adds a handler of yours to the client's pipeline, innermost: after the SDK's authentication and headers
    /// handlers, just before the transport. It runs once per attempt and sees the bearer token, <c>x-account-id</c>
    /// and <c>x-timezone</c> as they are sent, and the raw answer. Handlers run in the order added.
    /// </summary>
    /// <param name="builder">The client's builder.</param>
    /// <param name="configureHandler">
    /// Creates a new handler, with no inner handler, each time the client's handler chain is built; receives the
    /// service provider of the handler's scope.
    /// </param>
    /// <param name="clients">
    /// Which HTTP clients the handler joins: <see cref="MasivoHttpClients.Api"/> (every API call; never sees the API
    /// key), <see cref="MasivoHttpClients.Authorize"/> (the token exchange, which carries the key), or both.
    /// </param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="configureHandler"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="clients"/> is not <see cref="MasivoHttpClients.Api"/>, <see cref="MasivoHttpClients.Authorize"/> or both.</exception>
    /// <example>
    /// <code>
    /// services.AddMasivoClient(o => o.ApiKey = key)
    ///     .AddHttpMessageHandler(sp => new GatewayHeaderHandler(sp.GetRequiredService&lt;GatewaySettings&gt;()), MasivoHttpClients.Api);
    /// </code>
    /// </example>
    public static IMasivoClientBuilder AddHttpMessageHandler(this IMasivoClientBuilder builder, Func<IServiceProvider, DelegatingHandler> configureHandler, MasivoHttpClients clients = MasivoHttpClients.All)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configureHandler);
        MasivoTransportOptions.ThrowIfInvalid(clients, nameof(clients));
        var handler = new MasivoTransportOptions.UserHandler(configureHandler, clients);
        builder.Services.Configure<MasivoTransportOptions>(builder.Name, transport => transport.Handlers.Add(handler));
        return builder;
    }

    /// <summary>
    /// Adds a handler of yours to the client's pipeline, innermost, once per attempt. See
    /// <see cref="AddHttpMessageHandler(IMasivoClientBuilder, Func{IServiceProvider, DelegatingHandler}, MasivoHttpClients)"/>.
    /// </summary>
    /// <param name="builder">The client's builder.</param>
    /// <param name="configureHandler">Creates a new handler, with no inner handler, each time the client's handler chain is built.</param>
    /// <param name="clients">Which HTTP clients the handler joins.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="configureHandler"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="clients"/> is not <see cref="MasivoHttpClients.Api"/>, <see cref="MasivoHttpClients.Authorize"/> or both.</exception>
    public static IMasivoClientBuilder AddHttpMessageHandler(this IMasivoClientBuilder builder, Func<DelegatingHandler> configureHandler, MasivoHttpClients clients = MasivoHttpClients.All)
    {
        ArgumentNullException.ThrowIfNull(configureHandler);
        return builder.AddHttpMessageHandler(_ => configureHandler(), clients);
    }
}
