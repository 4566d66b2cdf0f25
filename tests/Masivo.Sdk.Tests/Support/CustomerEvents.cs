using System.Globalization;
using System.Text.Json.Nodes;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk.Tests.Support;

/// <summary>
/// Records of the real <c>customers/migrate/events</c> migration (<see cref="CustomersEndpoints.MigrateEvents"/>):
/// customers with ids "0", "1", … holding given numbers of events, and a request body read back as (id, events) pairs.
/// </summary>
internal static class CustomerEvents
{
    public const int Limit = CustomersClient.MaxMigratedEventsPerRequest;

    /// <summary>The real events migration, or a copy of it with another weight limit or minimum.</summary>
    public static MigrationEndpoint<ICustomersApi, CustomerEventsMigrationRecord, CustomerEventsMigrationBatch> Endpoint(int limit = Limit, int minimumPerRecord = 1)
    {
        var events = CustomersEndpoints.MigrateEvents;
        return limit == Limit && minimumPerRecord == 1
            ? events
            : new()
            {
                Batch = events.Batch,
                RecordName = events.RecordName,
                MigrationName = events.MigrationName,
                DefaultBatchSize = events.DefaultBatchSize,
                CreateBody = events.CreateBody,
                BodyJson = events.BodyJson,
                ValidateRecord = events.ValidateRecord,
                Weight = new BatchWeight<CustomerEventsMigrationRecord>(events.Weight!.Name, limit, events.Weight.Of) { MinimumPerRecord = minimumPerRecord },
            };
    }

    public static List<CustomerEventsMigrationRecord> Customers(params int[] events) =>
        events.Select((count, i) => Customer(i, count)).ToList();

    public static CustomerEventsMigrationRecord Customer(int index, int events) => new()
    {
        Id = index.ToString(CultureInfo.InvariantCulture),
        Events = Enumerable.Range(0, events).Select(_ => Event()).ToList(),
    };

    public static MigratedEvent Event() => new()
    {
        Type = BehaviorEventType.Purchase,
        Order = new Order { PurchaseId = "ORDER-1", Value = 10m },
        Fulfilled = true,
        IssuedAt = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero),
        ResolvedAt = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero),
    };

    /// <summary>A request body's customers, as (id, events) pairs.</summary>
    public static IReadOnlyList<(int Id, int Events)> Read(string body) =>
        JsonNode.Parse(body)!["customers"]!.AsArray()
            .Select(c => (int.Parse((string)c!["id"]!, CultureInfo.InvariantCulture), c["events"]!.AsArray().Count))
            .ToList();
}
