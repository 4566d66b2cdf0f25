using Masivo.Sdk.Http;
using Masivo.Sdk.Migrations;
using Masivo.Sdk.Serialization;
using Refit;

namespace Masivo.Sdk.Customers;

/// <summary>The customers endpoints, as Refit sees them.</summary>
internal interface ICustomersApi
{
    [Post("/customers")]
    Task<DataEnvelope<CustomerWithWallet>> CreateAsync(
        [Body] CreateCustomerRequest customer,
        [Property(MasivoOperation.RequestOptionKey)] MasivoOperation operation,
        CancellationToken cancellationToken);

    [Post("/customers/migrate")]
    Task<DataEnvelope<MigrationAcknowledgement>> MigrateAsync(
        [Body] HttpContent batch,
        [Property(MasivoOperation.RequestOptionKey)] MasivoOperation operation,
        CancellationToken cancellationToken);
}
