using Refit;

namespace Masivo.Sdk.Internal;

/// <summary>The contacts endpoints' requests, as Refit builds them; <see cref="ContactsEndpoints"/> holds their facts.</summary>
internal interface IContactsApi
{
    // One query parameter per field of ContactSearchFields.All, in its order (a test holds them to it), so the
    // generated code writes the query string directly; a null field is left out of it.
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
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);

    [Post("/contacts/migrate")]
    Task<HttpResponseMessage> MigrateAsync(
        [Body] HttpContent batch,
        [Header(MasivoHeadersHandler.TimeZoneHeader)] string? timeZone,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);
}
