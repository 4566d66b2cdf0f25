namespace Masivo.Sdk.Internal;

/// <summary>
/// What a user adds to the transport of one Masivo client, named after it: the configurations of its
/// <see cref="SocketsHttpHandler"/> and the handlers that run innermost, in the order they were added.
/// The one list <see cref="MasivoPipelineBuilder"/> reads: fed by the builder <c>AddMasivoClient</c> returns
/// and by <see cref="MasivoClientOptions.ConfigurePrimaryHandler"/> and <see cref="MasivoClientOptions.AdditionalHandlers"/>
/// (those first, as they are registered with the client).
/// </summary>
internal sealed class MasivoTransportOptions
{
    public List<Action<SocketsHttpHandler, IServiceProvider>> PrimaryHandlerConfigurations { get; } = [];

    public List<UserHandler> Handlers { get; } = [];

    /// <summary>Adds what <paramref name="options"/> asks for, after what is already there.</summary>
    public void Add(MasivoClientOptions options)
    {
        if (options.ConfigurePrimaryHandler is { } configure)
        {
            PrimaryHandlerConfigurations.Add((handler, _) => configure(handler));
        }

        foreach (var handler in options.AdditionalHandlers)
        {
            // Null entries are refused by validation before the client is built.
            var create = handler.Create;
            Handlers.Add(new UserHandler(_ => create(), handler.Clients));
        }
    }

    /// <summary>Throws unless <paramref name="clients"/> names at least one client and nothing else.</summary>
    public static void ThrowIfInvalid(MasivoHttpClients clients, string paramName = "clients")
    {
        if (clients == 0 || (clients & ~MasivoHttpClients.All) != 0)
        {
            throw new ArgumentOutOfRangeException(paramName, clients, "Name the clients the handler joins: MasivoHttpClients.Api, MasivoHttpClients.Authorize, or MasivoHttpClients.All.");
        }
    }

    /// <summary>A user's handler: how to create it, and which clients it joins.</summary>
    internal sealed record UserHandler(Func<IServiceProvider, DelegatingHandler> Create, MasivoHttpClients Clients)
    {
        public bool Joins(MasivoHttpClientKind kind) =>
            (Clients & (kind == MasivoHttpClientKind.Api ? MasivoHttpClients.Api : MasivoHttpClients.Authorize)) != 0;
    }
}
