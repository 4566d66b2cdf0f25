using System.Globalization;
using System.Text.Json.Nodes;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk.Tests.Support;

/// <summary>
/// A test-only migration limited by a nested count, as <c>customers/migrate/events</c> is: at most
/// <c>limit</c> events in all per request, each customer holding some. A customer's events are
/// <c>Tags["events"]</c>, so that a request's weight can be read back from its body. It is the customers
/// migration with a weight (its requests go to <c>customers/migrate</c>): run it in memory.
/// </summary>
internal static class EventsMigration
{
    public const int Limit = 1_000;

    /// <summary>The customers migration, limited to <paramref name="limit"/> events per request as well as by its batch size.</summary>
    public static MigrationEndpoint<ICustomersApi, CustomerMigrationRecord, CustomerMigrationBatch> Endpoint(int limit = Limit, int minimumPerRecord = 1)
    {
        var customers = CustomersEndpoints.Migrate;
        return new()
        {
            Batch = customers.Batch,
            RecordName = customers.RecordName,
            DefaultBatchSize = MigrationOptions.MaxBatchSize,
            CreateBody = customers.CreateBody,
            BodyJson = customers.BodyJson,
            ValidateRecord = customers.ValidateRecord,
            Weight = new BatchWeight<CustomerMigrationRecord>("events", limit, EventsOf) { MinimumPerRecord = minimumPerRecord },
        };
    }

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
