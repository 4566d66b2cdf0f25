using Masivo.Sdk.Http;
using Masivo.Sdk.Migrations;
using Refit;

namespace Masivo.Sdk.Contacts;

/// <summary>The contacts endpoints, as Refit sees them; answers are read by <see cref="MasivoCall"/>.</summary>
internal interface IContactsApi
{
    // One query parameter per searchable field, so the generated code writes the query string
    // directly; a null field is left out of it.
    [Get("/contacts")]
    Task<HttpResponseMessage> SearchAsync(
        [AliasAs("external_id")] string? externalId,
        [AliasAs("email")] string? email,
        [AliasAs("document_number")] string? documentNumber,
        [AliasAs("document_type")] string? documentType,
        [AliasAs("persona_id")] string? personaId,
        [AliasAs("first_name")] string? firstName,
        [AliasAs("last_name")] string? lastName,
        [AliasAs("second_last_name")] string? secondLastName,
        [AliasAs("dob")] string? dob,
        [AliasAs("phone")] string? phone,
        [AliasAs("gender")] string? gender,
        [AliasAs("country")] string? country,
        [AliasAs("city")] string? city,
        [AliasAs("source")] string? source,
        [AliasAs("channel")] string? channel,
        [Property(MasivoOperation.RequestOptionKey)] MasivoOperation operation,
        CancellationToken cancellationToken);

    [Post("/contacts/migrate")]
    Task<HttpResponseMessage> MigrateAsync(
        [Body] HttpContent batch,
        [Header(MasivoHeadersHandler.TimeZoneHeader)] string? timeZone,
        [Property(MasivoOperation.RequestOptionKey)] MasivoOperation operation,
        CancellationToken cancellationToken);
}
