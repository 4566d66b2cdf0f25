using System.Globalization;
using System.Text.Json.Nodes;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk.Tests.Support;

/// <summary>
/// A test-only migration limited by a nested count, as <c>customers/migrate/events</c> is: at most
/// <c>limit</c> events in all per request, each customer holding some. A customer's events are
/// <c>Tags["events"]</c>, so that a request's weight can be read back from its body. Its requests go
/// through the customers API (the path the descriptor names is only in messages): run it in memory.
/// </summary>
internal static class EventsMigration
{
    public const int Limit = 1_000;

    public static MigrationEndpoint<ICustomersApi, CustomerMigrationRecord, CustomerMigrationBatch> Endpoint(int limit = Limit, int minimumPerRecord = 1) => new()
    {
        Batch = new(
            "customers.migrate.events",
            "POST",
            "customers/migrate/events",
            RetrySafety.Repeatable,
            EndpointResponse.Message,
            static (api, batch, endpoint, token) => api.MigrateAsync(batch.Content, endpoint, token))
        {
            ArgumentName = "customers",
            Validate = static (_, _) => { },
            IsMigration = true,
        },
        RecordName = "customers",
        DefaultBatchSize = MigrationOptions.MaxBatchSize,
        CreateBody = static batch => new CustomerMigrationBatch(batch),
        BodyJson = MasivoJsonContext.Default.CustomerMigrationBatch,
        ValidateRecord = static record => record.Validate("customers"),
        Weight = new BatchWeight<CustomerMigrationRecord>("events", limit, EventsOf) { MinimumPerRecord = minimumPerRecord },
    };

    /// <summary>Customers with these numbers of events, with ids "0", "1", … in order.</summary>
    public static List<CustomerMigrationRecord> Customers(params int[] events) =>
        events.Select((count, i) => Customer(i, count)).ToList();

    public static CustomerMigrationRecord Customer(int index, int events) =>
        new() { Id = index.ToString(CultureInfo.InvariantCulture), Tags = new JsonObject { ["events"] = events } };

    public static int EventsOf(CustomerMigrationRecord customer) => customer.Tags?["events"]?.GetValue<int>() ?? 0;

    /// <summary>A request body's customers, as (id, events) pairs.</summary>
    public static IReadOnlyList<(int Id, int Events)> Read(string body) =>
        JsonNode.Parse(body)!["customers"]!.AsArray()
            .Select(c => (int.Parse((string)c!["id"]!, CultureInfo.InvariantCulture), c["tags"]?["events"]?.GetValue<int>() ?? 0))
            .ToList();
}
