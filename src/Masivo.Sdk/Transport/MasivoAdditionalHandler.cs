namespace Masivo.Sdk;

/// <summary>
/// A <see cref="DelegatingHandler"/> of yours for the pipeline of a <see cref="MasivoClient"/>, as
/// <see cref="MasivoClientOptions.AdditionalHandlers"/> holds it: how to create it and which HTTP clients it joins.
/// It runs once per attempt (every retry, and the repeat after a 401, goes through it), innermost: after the
/// SDK's authentication and headers handlers, just before the transport, so it sees the request as it goes on
/// the wire and the answer as it comes back, before the SDK reads it.
/// </summary>
/// <remarks>
/// <see cref="Create"/> is called each time the client builds its handler chain (once when it is first used,
/// then again whenever the HTTP client factory renews the chain), and must return a new handler each time, with
/// no <see cref="DelegatingHandler.InnerHandler"/>. A handler that changes the request or the answer takes on
/// what the SDK relies on: the SDK does not re-check what it returns.
/// </remarks>
public sealed class MasivoAdditionalHandler
{
    /// <summary>Initializes a new instance of the <see cref="MasivoAdditionalHandler"/> class.</summary>
    /// <param name="create">Creates a new handler; called each time the handler chain is built.</param>
    /// <param name="clients">Which HTTP clients the handler joins.</param>
    /// <exception cref="ArgumentNullException"><paramref name="create"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="clients"/> is not <see cref="MasivoHttpClients.Api"/>, <see cref="MasivoHttpClients.Authorize"/> or both.</exception>
    public MasivoAdditionalHandler(Func<DelegatingHandler> create, MasivoHttpClients clients = MasivoHttpClients.All)
    {
        ArgumentNullException.ThrowIfNull(create);
        Internal.MasivoTransportOptions.ThrowIfInvalid(clients);
        Create = create;
        Clients = clients;
    }

    /// <summary>Gets the function that creates a new handler each time the handler chain is built.</summary>
    public Func<DelegatingHandler> Create { get; }

    /// <summary>Gets which HTTP clients the handler joins.</summary>
    /// <value>Defaults to <see cref="MasivoHttpClients.All"/>.</value>
    public MasivoHttpClients Clients { get; }
}
