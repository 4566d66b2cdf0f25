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
        static (api, query, endpoint, token) => api.SearchAsync(
            query.ExternalId,
            query.Email,
            query.DocumentNumber,
            query.DocumentType,
            query.PersonaId,
            query.FirstName,
            query.LastName,
            query.SecondLastName,
            query.DobParameter,
            query.Phone,
            query.Gender?.Value,
            query.Country,
            query.City,
            query.Source,
            query.Channel,
            endpoint,
            token))
    {
        ArgumentName = "query",
        Validate = static (query, _) => query.Validate(),
        QueryFields = static query => query.SetFieldNames(),
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
        DefaultBatchSize = ContactsClient.DefaultMigrationBatchSize,
        CreateBody = static batch => new ContactMigrationBatch(batch),
        BodyJson = MasivoJsonContext.Default.ContactMigrationBatch,
        TimeZoneAllowed = true,
    };
}
