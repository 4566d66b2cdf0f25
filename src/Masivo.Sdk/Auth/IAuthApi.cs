using Refit;

namespace Masivo.Sdk.Internal;

/// <summary>The token exchange, as Refit sees it; the answer is read by <see cref="EndpointCall"/>. The only request that ever carries the API key.</summary>
internal interface IAuthApi
{
    [Get("/auth/authorize")]
    Task<HttpResponseMessage> AuthorizeAsync(
        [Header("x-api-key")] string apiKey,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);
}
