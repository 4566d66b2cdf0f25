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
        static (api, query, endpoint, token) =>
        {
            var v = ContactSearchFields.ValuesOf(query);
            return api.SearchAsync(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13], v[14], endpoint, token);
        })
    {
        ArgumentName = "query",
        Validate = static (query, _) => query.Validate(),
        QueryFields = ContactSearchFields.NamesSetIn,
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
