using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Testing.Internal;

/// <summary>
/// <see cref="FakeRoute.MigrateCustomerEvents"/> and <see cref="FakeRoute.MigrateCustomerTransactions"/>: batches checked as
/// Masivo documents them (at most 1,000 events or transactions in all, at least one per customer, known customers: an
/// unknown one is a 404 and nothing of the batch is kept). Migrated transactions join the customer's history, once per
/// customer and adding up to its balance (see <see cref="MigrateTransactionsAsync"/>); migrated
/// events become the customer's events (<see cref="FakeEvents.Migrate"/>: fulfilled, resolved, moving no balance), pass
/// after pass. Neither sends a webhook: Masivo documents none for migrations.
/// </summary>
internal sealed class HistoryMigrationHandlers(FakeState state, FakeEvents events) : IFakeHandlers
{
    private const int MaxPerRequest = 1_000;

    /// <inheritdoc/>
    public IReadOnlyDictionary<FakeRoute, RequestDelegate> Routes => new Dictionary<FakeRoute, RequestDelegate>
    {
        [FakeRoute.MigrateCustomerEvents] = FakeEndpoint.Handle(MigrateEventsAsync),
        [FakeRoute.MigrateCustomerTransactions] = FakeEndpoint.Handle(MigrateTransactionsAsync),
    };

    /// <summary>
    /// Stores each customer's migrated events; an event without its required <c>type</c>, <c>order</c>, <c>fulfilled</c>,
    /// <c>issued_at</c> or <c>resolved_at</c>, or not of Masivo's shape, is a 422 ("Invalid customer entry").
    /// </summary>
    public async Task<IResult> MigrateEventsAsync(HttpContext context)
    {
        var (batch, error) = await ReadBatchAsync(context, "events").ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var parsed = new List<(string CustomerId, IReadOnlyList<MigratedEvent> Events)>(batch!.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            var (id, items) = batch[i];
            var list = new List<MigratedEvent>(items.Count);
            for (var j = 0; j < items.Count; j++)
            {
                MigratedEvent? migrated;
                try
                {
                    migrated = items[j]?.Deserialize(FakeJsonContext.Default.MigratedEvent);
                }
                catch (JsonException invalid)
                {
                    return FakeResults.Unprocessable($"Invalid customer entry: customers[{i}].events[{j}]: {invalid.Message}");
                }

                if (Missing(migrated) is { } missing)
                {
                    return FakeResults.Unprocessable($"Invalid customer entry: customers[{i}].events[{j}].{missing} is required");
                }

                list.Add(migrated!);
            }

            parsed.Add((id, list));
        }

        return events.Migrate(parsed) is { } unknown
            ? UnknownCustomer(unknown)
            : FakeResults.Message("Customer events enqueued successfully");
    }

    /// <summary>
    /// Adds each customer's migrated transactions to its history (the balance does not move), all or none. As Masivo's
    /// reference says, a customer's transactions are migrated once (unlike events, not in several passes) and must add up
    /// to its migrated balance: the fake takes that as each reward's transactions summing to the customer's balance of it
    /// now, and answers 422 ("Invalid customer entry", naming the customer) to a customer whose transactions were
    /// migrated already, or whose transactions do not add up. A transaction not of Masivo's shape is a 422 too.
    /// </summary>
    public async Task<IResult> MigrateTransactionsAsync(HttpContext context)
    {
        var (batch, error) = await ReadBatchAsync(context, "transactions").ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var parsed = new List<(string CustomerId, List<Transaction> Transactions)>(batch!.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            var (id, items) = batch[i];
            var list = new List<Transaction>(items.Count);
            for (var j = 0; j < items.Count; j++)
            {
                Transaction? transaction;
                try
                {
                    transaction = items[j]?.Deserialize(FakeJsonContext.Default.Transaction);
                }
                catch (JsonException invalid)
                {
                    return FakeResults.Unprocessable($"Invalid customer entry: customers[{i}].transactions[{j}]: {invalid.Message}");
                }

                if (transaction is null)
                {
                    return FakeResults.Unprocessable($"Invalid customer entry: customers[{i}].transactions[{j}] is required");
                }

                list.Add(transaction);
            }

            parsed.Add((id, list));
        }

        return state.MigrateTransactions(parsed) is { } refused
            ? FakeResults.Unprocessable(refused)
            : FakeResults.Message("Customer transactions enqueued successfully");
    }

    /// <summary>The batch's customers with their items, or the error: not JSON, no customers, a customer without id or items, an unknown customer, too many items.</summary>
    private async Task<(List<(string Id, JsonArray Items)>? Batch, IResult? Error)> ReadBatchAsync(HttpContext context, string items)
    {
        JsonObject? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync(context.Request.Body, FakeJsonContext.Default.JsonObject, context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException invalid)
        {
            return (null, FakeResults.BadRequest($"The body is not valid JSON: {invalid.Message}"));
        }

        if (body?["customers"] is not JsonArray customers || customers.Count == 0)
        {
            return (null, FakeResults.BadRequest("customers must hold at least one customer"));
        }

        var batch = new List<(string Id, JsonArray Items)>(customers.Count);
        var total = 0;
        for (var i = 0; i < customers.Count; i++)
        {
            if (customers[i] is not JsonObject customer || customer["id"] is not JsonValue idValue
                || !idValue.TryGetValue(out string? id) || id.Length == 0)
            {
                return (null, FakeResults.Unprocessable($"customers[{i}] must be an object with an id"));
            }

            if (customer[items] is not JsonArray list || list.Count == 0)
            {
                return (null, FakeResults.Unprocessable($"customers[{i}].{items} must hold at least one item"));
            }

            bool known;
            lock (state.Gate)
            {
                known = state.HasCustomer(id);
            }

            if (!known)
            {
                return (null, UnknownCustomer(id));
            }

            total += list.Count;
            batch.Add((id, list));
        }

        return total > MaxPerRequest
            ? (null, FakeResults.BadRequest($"A request may hold at most {MaxPerRequest} {items}; got {total}"))
            : (batch, null);
    }

    private static string? Missing(MigratedEvent? migrated) => migrated switch
    {
        null => "(the event)",
        _ when string.IsNullOrWhiteSpace(migrated.Type?.Value) => "type",
        { Order: null } => "order",
        { Fulfilled: null } => "fulfilled",
        { IssuedAt: null } => "issued_at",
        { ResolvedAt: null } => "resolved_at",
        _ => null,
    };

    private static IResult UnknownCustomer(string id) => FakeResults.NotFound($"Customer '{id}' not found");
}
