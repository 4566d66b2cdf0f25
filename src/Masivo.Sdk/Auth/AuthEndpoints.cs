using Refit;

namespace Masivo.Sdk.Internal;

/// <summary>The token exchange's facts; <see cref="IAuthApi"/> builds its request, over the authorize client's own pipeline.</summary>
internal static class AuthEndpoints
{
    public static readonly MasivoEndpoint<IAuthApi, string, string> Authorize = new(
        "auth.authorize",
        "GET",
        "auth/authorize",
        RetrySafety.Repeatable,
        EndpointResponse<string>.Data(MasivoJsonContext.Default.DataEnvelopeString),
        static (api, apiKey, endpoint, token) => api.AuthorizeAsync(apiKey, endpoint, token))
    {
        ArgumentName = "apiKey",
        Validate = static (_, _) => { },
        Advice = new Dictionary<int, string>
        {
            [401] = "Masivo refused the API key: it is wrong or has been revoked, or it is not a SERVER key. Check MasivoClientOptions.ApiKey.",
            [403] = "Masivo refused the API key: it is wrong or has been revoked, or it is not a SERVER key. Check MasivoClientOptions.ApiKey.",
        },
    };
}

/// <summary>The token exchange, as Refit sees it; the answer is read by <see cref="EndpointCall"/>. The only request that ever carries the API key.</summary>
internal interface IAuthApi
{
    [Get("/auth/authorize")]
    Task<HttpResponseMessage> AuthorizeAsync(
        [Header("x-api-key")] string apiKey,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);
}
