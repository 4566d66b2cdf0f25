using Refit;

namespace Masivo.Sdk.Internal;

/// <summary>The customers endpoints' requests, as Refit builds them; <see cref="CustomersEndpoints"/> holds their facts.</summary>
internal interface ICustomersApi
{
    [Post("/customers")]
    Task<HttpResponseMessage> CreateAsync(
        [Body] CreateCustomerRequest customer,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);

    [Get("/customers/{id}")]
    Task<HttpResponseMessage> GetAsync(
        string id,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);

    [Post("/customers/migrate")]
    Task<HttpResponseMessage> MigrateAsync(
        [Body] HttpContent batch,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);
}
