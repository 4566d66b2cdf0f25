using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Testing.Internal;

/// <summary>
/// <see cref="FakeRoute.MigrateCustomerEvents"/> and <see cref="FakeRoute.MigrateCustomerTransactions"/>: batches checked as
/// Masivo documents them (at most 1,000 events or transactions in all, at least one per customer, known customers);
/// migrated transactions join the customer's history. Migrated events are acknowledged and not replayed.
/// </summary>
internal sealed class HistoryMigrationHandlers(FakeState state) : IFakeHandlers
{
    private const int MaxPerRequest = 1_000;

    /// <inheritdoc/>
    public IReadOnlyDictionary<FakeRoute, RequestDelegate> Routes => new Dictionary<FakeRoute, RequestDelegate>
    {
        [FakeRoute.MigrateCustomerEvents] = FakeEndpoint.Handle(context => MigrateAsync(context, "events", "Customer events enqueued successfully", record: false)),
        [FakeRoute.MigrateCustomerTransactions] = FakeEndpoint.Handle(context => MigrateAsync(context, "transactions", "Customer transactions enqueued successfully", record: true)),
    };

    private async Task<IResult> MigrateAsync(HttpContext context, string items, string acknowledgement, bool record)
    {
        JsonObject? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync(context.Request.Body, FakeJsonContext.Default.JsonObject, context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException invalid)
        {
            return FakeResults.BadRequest($"The body is not valid JSON: {invalid.Message}");
        }

        if (body?["customers"] is not JsonArray customers || customers.Count == 0)
        {
            return FakeResults.BadRequest("customers must hold at least one customer");
        }

        var total = 0;
        for (var i = 0; i < customers.Count; i++)
        {
            if (customers[i] is not JsonObject customer || customer["id"]?.GetValue<string>() is not { Length: > 0 } id)
            {
                return FakeResults.Unprocessable($"customers[{i}] must be an object with an id");
            }

            if (customer[items] is not JsonArray list || list.Count == 0)
            {
                return FakeResults.Unprocessable($"customers[{i}].{items} must hold at least one item");
            }

            bool known;
            lock (state.Gate)
            {
                known = state.HasCustomer(id);
            }

            if (!known)
            {
                return FakeResults.NotFound($"Customer '{id}' not found");
            }

            total += list.Count;
        }

        if (total > MaxPerRequest)
        {
            return FakeResults.BadRequest($"A request may hold at most {MaxPerRequest} {items}; got {total}");
        }

        if (record)
        {
            foreach (var customer in customers.Cast<JsonObject>())
            {
                foreach (var item in customer[items]!.AsArray())
                {
                    var transaction = item.Deserialize(FakeJsonContext.Default.Transaction);
                    if (transaction is not null)
                    {
                        state.RecordTransaction(customer["id"]!.GetValue<string>(), transaction);
                    }
                }
            }
        }

        return FakeResults.Message(acknowledgement);
    }
}
