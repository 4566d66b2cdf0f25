using Masivo.Sdk.Http;
using Masivo.Sdk.Serialization;
using Refit;

namespace Masivo.Sdk.Auth;

/// <summary>The token exchange, as Refit sees it. The only request that ever carries the API key.</summary>
internal interface IAuthApi
{
    [Get("/auth/authorize")]
    Task<DataEnvelope<string>> AuthorizeAsync(
        [Header("x-api-key")] string apiKey,
        [Property(MasivoOperation.RequestOptionKey)] MasivoOperation operation,
        CancellationToken cancellationToken);
}
