namespace Masivo.Sdk;

/// <summary>
/// The HTTP clients of a <see cref="MasivoClient"/>, to say which of them a handler of yours joins
/// (<see cref="MasivoAdditionalHandler"/>, or <c>AddHttpMessageHandler</c> on the builder <c>AddMasivoClient</c> returns).
/// </summary>
[Flags]
#pragma warning disable CA1008 // A handler always joins at least one client: there is no "none" to name.
public enum MasivoHttpClients
#pragma warning restore CA1008
{
    /// <summary>
    /// Every API call (contacts, customers, coupons, migrations, …). A handler here sees the request as it
    /// leaves: the bearer token, <c>x-account-id</c> and <c>x-timezone</c> already set. It never sees the API key.
    /// </summary>
    Api = 1,

    /// <summary>
    /// The token exchange, <c>GET auth/authorize</c>, made when <see cref="MasivoClientOptions.ApiKey"/> is set:
    /// the only request that carries the API key (header <c>x-api-key</c>), which a handler here can read.
    /// </summary>
    Authorize = 2,

    /// <summary>Both clients: <see cref="Api"/> and <see cref="Authorize"/>.</summary>
    All = Api | Authorize,
}
