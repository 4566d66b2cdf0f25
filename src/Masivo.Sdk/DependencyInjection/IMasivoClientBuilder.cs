using Masivo.Sdk;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Shapes the transport of a <see cref="MasivoClient"/> registered with <c>AddMasivoClient</c>: its
/// <see cref="System.Net.Http.SocketsHttpHandler"/> (proxy, client certificates, connection limits) and handlers of
/// your own. See <see cref="MasivoClientBuilderExtensions"/>.
/// </summary>
/// <remarks>
/// Registering the same client again returns a builder for the same client: what was added through an earlier
/// builder stays, once.
/// </remarks>
public interface IMasivoClientBuilder
{
    /// <summary>
    /// Gets the client's name: the service key of a named client, or <see cref="Options.Options.DefaultName"/>
    /// (the empty string) for the default client.
    /// </summary>
    string Name { get; }

    /// <summary>Gets the service collection the client is registered in.</summary>
    IServiceCollection Services { get; }
}
