using Refit;

namespace Masivo.Sdk.Internal;

/// <summary>The contacts endpoints' facts; <see cref="IContactsApi"/> builds their requests.</summary>
internal static class ContactsEndpoints
{
    public static readonly MasivoEndpoint<IContactsApi, ContactSearchQuery, IReadOnlyList<Contact>> Search = new(
        "contacts.search",
        "GET",
        "contacts",
        RetrySafety.Repeatable,
        EndpointResponse<IReadOnlyList<Contact>>.Data(MasivoJsonContext.Default.DataEnvelopeIReadOnlyListContact),
        static (api, q, endpoint, token) => api.SearchAsync(
            V(q, 0), V(q, 1), V(q, 2), V(q, 3), V(q, 4), V(q, 5), V(q, 6), V(q, 7), V(q, 8), V(q, 9), V(q, 10), V(q, 11), V(q, 12), V(q, 13), V(q, 14), endpoint, token))
    {
        ArgumentName = "query",
        Validate = static (query, _) => query.Validate(),
        QueryFields = ContactSearchFields.NamesSetIn,
    };

    public static readonly MasivoEndpoint<IContactsApi, CreateContactRequest, Contact> Create = new(
        "contacts.create",
        "POST",
        "contacts",
        RetrySafety.OnlyIfNotProcessed,
        EndpointResponse<Contact>.DataOrBare(MasivoJsonContext.Default.DataEnvelopeContact, MasivoJsonContext.Default.Contact, "id"),
        static (api, contact, endpoint, token) => api.CreateAsync(contact, endpoint, token))
    {
        ArgumentName = "contact",
        Validate = static (contact, argument) => contact.Validate(argument),
    };

    // Masivo documents the answer of PUT as {"data": [contact]}: the caller gets the one contact; several cannot be
    // told apart (which one was updated?), so they are an invalid response, as none is.
    public static readonly MasivoEndpoint<IContactsApi, ForContact<UpdateContactRequest>, Contact> Update = new(
        "contacts.update",
        "PUT",
        "contacts/{id}",
        RetrySafety.Repeatable,
        EndpointResponse<Contact>.DataMember(MasivoJsonContext.Default.DataEnvelopeIReadOnlyListContact, static contacts => contacts.Count switch
        {
            0 => null,
            1 => contacts[0],
            _ => throw new UnexpectedAnswerException($"with {contacts.Count} contacts in \"data\", where the one contact updated belongs; the update may have been stored."),
        }),
        static (api, args, endpoint, token) => api.UpdateAsync(args.ContactId, args.Value, endpoint, token))
    {
        ArgumentName = "contactId",
        Validate = static (args, argument) =>
        {
            ArgumentNullException.ThrowIfNull(args.ContactId, argument);
            PathSegment.Validate(args.ContactId, argument);
            ArgumentNullException.ThrowIfNull(args.Value, "contact");
            args.Value.Validate("contact");
        },
        Advice = new Dictionary<int, string> { [404] = "No contact has this id." },
    };

    public static readonly MigrationEndpoint<IContactsApi, ContactMigrationRecord, ContactMigrationBatch> Migrate = new()
    {
        Batch = new(
            "contacts.migrate",
            "POST",
            "contacts/migrate",
            RetrySafety.Repeatable,
            EndpointResponse.Message,
            static (api, batch, endpoint, token) => api.MigrateAsync(batch.Content, batch.TimeZone, endpoint, token))
        {
            ArgumentName = "contacts",
            Validate = static (_, _) => { },
            IsMigration = true,
        },
        RecordName = "contacts",
        MigrationName = "contacts migration",
        DefaultBatchSize = ContactsClient.DefaultMigrationBatchSize,
        CreateBody = static batch => new ContactMigrationBatch(batch),
        BodyJson = MasivoJsonContext.Default.ContactMigrationBatch,
        TimeZoneAllowed = true,
    };

    private static string? V(ContactSearchQuery query, int field) => ContactSearchFields.ValueAt(query, field);
}


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

    [Post("/contacts")]
    Task<HttpResponseMessage> CreateAsync(
        [Body] CreateContactRequest contact,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);

    [Put("/contacts/{id}")]
    Task<HttpResponseMessage> UpdateAsync(
        string id,
        [Body] UpdateContactRequest contact,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);

    [Post("/contacts/migrate")]
    Task<HttpResponseMessage> MigrateAsync(
        [Body] HttpContent batch,
        [Header(MasivoHeadersHandler.TimeZoneHeader)] string? timeZone,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);
}
