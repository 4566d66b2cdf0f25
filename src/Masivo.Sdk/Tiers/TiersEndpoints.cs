using Refit;

namespace Masivo.Sdk.Internal;

/// <summary>The tiers endpoint: its facts (this descriptor) and, below, the Refit method that builds its request (<see cref="ITiersApi"/>).</summary>
internal static class TiersEndpoints
{
    public static readonly MasivoEndpoint<ITiersApi, NoArguments, IReadOnlyList<Tier>> List = new(
        "tiers.list",
        "GET",
        "tiers",
        RetrySafety.Repeatable,
        EndpointResponse<IReadOnlyList<Tier>>.Data(MasivoJsonContext.Default.DataEnvelopeIReadOnlyListTier),
        static (api, _, endpoint, token) => api.ListAsync(endpoint, token))
    {
        ArgumentName = NoArguments.Name,
        Validate = NoArguments.Validate,
    };
}

/// <summary>The tiers endpoint's request, as Refit builds it; <see cref="TiersEndpoints"/> holds its facts.</summary>
internal interface ITiersApi
{
    [Get("/tiers")]
    Task<HttpResponseMessage> ListAsync(
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);
}
