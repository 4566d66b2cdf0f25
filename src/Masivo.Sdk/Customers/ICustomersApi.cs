using Masivo.Sdk.Internal;
using Refit;

namespace Masivo.Sdk.Internal;

/// <summary>The customers endpoints, as Refit sees them; answers are read by <see cref="MasivoCall"/>.</summary>
internal interface ICustomersApi
{
    [Post("/customers")]
    Task<HttpResponseMessage> CreateAsync(
        [Body] CreateCustomerRequest customer,
        [Property(MasivoOperation.RequestOptionKey)] MasivoOperation operation,
        CancellationToken cancellationToken);

    [Post("/customers/migrate")]
    Task<HttpResponseMessage> MigrateAsync(
        [Body] HttpContent batch,
        [Property(MasivoOperation.RequestOptionKey)] MasivoOperation operation,
        CancellationToken cancellationToken);
}
