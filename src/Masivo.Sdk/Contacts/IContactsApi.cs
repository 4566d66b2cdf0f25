using Masivo.Sdk.Http;
using Masivo.Sdk.Migrations;
using Masivo.Sdk.Serialization;
using Refit;

namespace Masivo.Sdk.Contacts;

/// <summary>The contacts endpoints, as Refit sees them.</summary>
internal interface IContactsApi
{
    [Get("/contacts")]
    Task<DataEnvelope<List<Contact>>> SearchAsync(
        [Query] IDictionary<string, string> query,
        [Property(MasivoOperation.RequestOptionKey)] MasivoOperation operation,
        CancellationToken cancellationToken);

    [Post("/contacts/migrate")]
    Task<DataEnvelope<MigrationAcknowledgement>> MigrateAsync(
        [Body] HttpContent batch,
        [Header(MasivoHeadersHandler.TimeZoneHeader)] string? timeZone,
        [Property(MasivoOperation.RequestOptionKey)] MasivoOperation operation,
        CancellationToken cancellationToken);
}
