using Refit;

namespace Masivo.Sdk.Internal;

/// <summary>The contacts endpoints' requests, as Refit builds them; <see cref="ContactsEndpoints"/> holds their facts.</summary>
internal interface IContactsApi
{
    // One query parameter per searchable field, so the generated code writes the query string
    // directly; a null field is left out of it.
    [Get("/contacts")]
    Task<HttpResponseMessage> SearchAsync(
        [AliasAs(ContactSearchParameters.ExternalId)] string? externalId,
        [AliasAs(ContactSearchParameters.Email)] string? email,
        [AliasAs(ContactSearchParameters.DocumentNumber)] string? documentNumber,
        [AliasAs(ContactSearchParameters.DocumentType)] string? documentType,
        [AliasAs(ContactSearchParameters.PersonaId)] string? personaId,
        [AliasAs(ContactSearchParameters.FirstName)] string? firstName,
        [AliasAs(ContactSearchParameters.LastName)] string? lastName,
        [AliasAs(ContactSearchParameters.SecondLastName)] string? secondLastName,
        [AliasAs(ContactSearchParameters.Dob)] string? dob,
        [AliasAs(ContactSearchParameters.Phone)] string? phone,
        [AliasAs(ContactSearchParameters.Gender)] string? gender,
        [AliasAs(ContactSearchParameters.Country)] string? country,
        [AliasAs(ContactSearchParameters.City)] string? city,
        [AliasAs(ContactSearchParameters.Source)] string? source,
        [AliasAs(ContactSearchParameters.Channel)] string? channel,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);

    [Post("/contacts/migrate")]
    Task<HttpResponseMessage> MigrateAsync(
        [Body] HttpContent batch,
        [Header(MasivoHeadersHandler.TimeZoneHeader)] string? timeZone,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);
}
