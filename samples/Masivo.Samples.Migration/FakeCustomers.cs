using System.Globalization;
using Masivo.Sdk;

namespace Masivo.Samples.Migration;

/// <summary>
/// Registers on the tool's own embedded fake Masivo the customers a history file names, as they would already be in
/// Masivo (customers are migrated before their history; the fake, as Masivo, takes the history of registered customers
/// only). They are migrated through the SDK like any customers, each once, with placeholder names and emails and, for
/// transactions, a balance per reward equal to the sum of its transactions' amounts: Masivo wants a customer's migrated
/// transactions to add up to its migrated balance. Never used against the real Masivo.
/// </summary>
internal static class FakeCustomers
{
    private static readonly DateTimeOffset Registered = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Registers the customers of <paramref name="records"/>; returns how many.</summary>
    public static async Task<int> RegisterAsync<T>(MasivoClient client, IAsyncEnumerable<T> records, CancellationToken cancellationToken)
    {
        // Customer id -> its balance by reward (the key "" for transactions without a reward_id), in the file's order.
        var customers = new Dictionary<string, Dictionary<string, decimal>>(StringComparer.Ordinal);
        var order = new List<string>();
        await foreach (var record in records.WithCancellation(cancellationToken))
        {
            var (id, transactions) = record switch
            {
                CustomerEventsMigrationRecord customer => (customer.Id, (IEnumerable<MigratedTransaction>)[]),
                CustomerTransactionsMigrationRecord customer => (customer.Id, customer.Transactions ?? []),
                _ => (null, []),
            };
            if (id is null)
            {
                continue;
            }

            if (!customers.TryGetValue(id, out var balance))
            {
                customers[id] = balance = new Dictionary<string, decimal>(StringComparer.Ordinal);
                order.Add(id);
            }

            foreach (var transaction in transactions)
            {
                var reward = transaction.RewardId ?? string.Empty;
                balance[reward] = balance.GetValueOrDefault(reward) + (transaction.Amount ?? 0m);
            }
        }

        if (order.Count == 0)
        {
            return 0;
        }

        await client.Customers.MigrateAsync(
            order.Select((id, n) => new CustomerMigrationRecord
            {
                Id = id,
                Name = string.Create(CultureInfo.InvariantCulture, $"Customer {n + 1}"),
                Email = string.Create(CultureInfo.InvariantCulture, $"customer{n + 1}@example.com"),
                RegistrationDate = Registered,
                Balance = customers[id].Select(reward => new CustomerBalanceItem { RewardId = reward.Key.Length == 0 ? null : reward.Key, Amount = reward.Value }).ToList(),
            }).ToList(),
            cancellationToken: cancellationToken);
        return order.Count;
    }
}
