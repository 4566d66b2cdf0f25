using Masivo.Sdk.Internal;
using Refit;

namespace Masivo.Sdk.Internal;

/// <summary>The token exchange, as Refit sees it; the answer is read by <see cref="MasivoCall"/>. The only request that ever carries the API key.</summary>
internal interface IAuthApi
{
    [Get("/auth/authorize")]
    Task<HttpResponseMessage> AuthorizeAsync(
        [Header("x-api-key")] string apiKey,
        [Property(MasivoOperation.RequestOptionKey)] MasivoOperation operation,
        CancellationToken cancellationToken);
}
