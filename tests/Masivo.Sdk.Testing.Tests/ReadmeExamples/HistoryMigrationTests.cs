using Masivo.Sdk;
using Masivo.Sdk.Testing;
using Xunit; // xunit's project template adds this as a global using; the line makes the example stand alone

public sealed class HistoryMigrationTests
{
    [Fact]
    public async Task Customers_then_their_transactions_then_their_purchases()
    {
        await using var masivo = await MasivoFakeServer.StartAsync();
        using var client = masivo.CreateClient();
        var at = new DateTimeOffset(2023, 11, 20, 15, 0, 0, TimeSpan.Zero);

        // 1. The customers, each with its balance
        await client.Customers.MigrateAsync(
        [
            new CustomerMigrationRecord
            {
                Id = "customer-42", Name = "Ana García", Email = "ana@example.com", RegistrationDate = at,
                Balance = [new CustomerBalanceItem { RewardId = "points", Amount = 150m }],
            },
        ]);

        // 2. Their transactions, all of a customer's at once: Masivo wants them to add up to its migrated balance
        var transactions = await client.Customers.MigrateTransactionsAsync(
        [
            new CustomerTransactionsMigrationRecord
            {
                Id = "customer-42",
                Transactions =
                [
                    new MigratedTransaction { RewardId = "points", Type = TransactionType.Accumulation, Amount = 200m, IssuedAt = at, ResolvedAt = at },
                    new MigratedTransaction { RewardId = "points", Type = TransactionType.Redemption, Amount = -50m, IssuedAt = at, ResolvedAt = at },
                ],
            },
        ]);

        // 3. Their purchases: fulfilled, no campaign runs on them; more may follow in later passes
        var events = await client.Customers.MigrateEventsAsync(
        [
            new CustomerEventsMigrationRecord
            {
                Id = "customer-42",
                Events =
                [
                    new MigratedEvent
                    {
                        Type = BehaviorEventType.Purchase, Order = new Order { PurchaseId = "ORDER-7", Value = 200m },
                        Fulfilled = true, IssuedAt = at, ResolvedAt = at,
                    },
                ],
            },
        ]);

        Assert.True(transactions.IsSuccess && events.IsSuccess);
        var history = await client.Customers.GetTransactionsAsync("customer-42", new CustomerTransactionsQuery { Year = 2023 });
        Assert.Equal(150m, history.Sum(transaction => transaction.Amount)); // the history adds up to the balance
    }
}
