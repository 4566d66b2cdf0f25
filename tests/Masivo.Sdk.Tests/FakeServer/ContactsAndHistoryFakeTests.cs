using Masivo.Sdk.Testing;

namespace Masivo.Sdk.Tests.FakeServer;

/// <summary>The fake server's contacts created and updated one by one, and its history migrations, through the public SDK.</summary>
public sealed class ContactsAndHistoryFakeTests : IAsyncLifetime
{
    private MasivoFakeServer _server = null!;
    private MasivoClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await MasivoFakeServer.StartAsync();
        _client = _server.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_created_contact_is_found_by_search_and_an_update_changes_it()
    {
        var created = await _client.Contacts.CreateAsync(new CreateContactRequest { ExternalId = "ext-1", Email = "ana@example.com", FirstName = "Ana" });
        var updated = await _client.Contacts.UpdateAsync(created.Id!, new UpdateContactRequest { FirstName = "Ana María" });

        var found = Assert.Single(await _client.Contacts.SearchAsync(new ContactSearchQuery { ExternalId = "ext-1" }));
        Assert.Equal(created.Id, updated.Id);
        Assert.Equal("Ana María", updated.FirstName);
        Assert.Equal("Ana María", found.FirstName);
        Assert.Equal("ana@example.com", found.Email);
    }

    [Fact]
    public async Task Updating_an_unknown_contact_is_a_404()
    {
        var error = await Assert.ThrowsAsync<MasivoApiException>(() => _client.Contacts.UpdateAsync("no-such-contact", new UpdateContactRequest { FirstName = "X" }));

        Assert.Equal(404, error.StatusCode);
    }

    [Fact]
    public async Task Migrated_transactions_join_the_customers_history()
    {
        await _client.Customers.CreateAsync(new CreateCustomerRequest { Id = "cust-1", Name = "Ana", Email = "ana@example.com", RegistrationDate = DateTimeOffset.UtcNow });
        _server.AddBalance("cust-1", 150m); // what its transactions must add up to
        var issued = new DateTimeOffset(2023, 11, 7, 5, 31, 56, TimeSpan.Zero);

        var result = await _client.Customers.MigrateTransactionsAsync(
        [
            new CustomerTransactionsMigrationRecord
            {
                Id = "cust-1",
                Transactions = [new MigratedTransaction { BrandId = "0001", RewardId = "points", Type = TransactionType.Accumulation, IssuedAt = issued, ResolvedAt = issued, Amount = 150m, Details = "Old program" }],
            },
        ]);

        Assert.Equal(1, result.SucceededRecords);
        var history = await _client.Customers.GetTransactionsAsync("cust-1", new CustomerTransactionsQuery { Year = 2023 });
        var migrated = Assert.Single(history);
        Assert.Equal(150m, migrated.Amount);
        Assert.Equal("Old program", migrated.Details);
    }

    [Fact]
    public async Task A_customers_transactions_are_migrated_once_a_second_migration_is_a_422()
    {
        await MigrateCustomerAsync("cust-1", points: 30m);
        await _client.Customers.MigrateTransactionsAsync([Transactions("cust-1", 50m, -20m)]);

        var again = await Assert.ThrowsAsync<MasivoMigrationException>(() => _client.Customers.MigrateTransactionsAsync([Transactions("cust-1", 50m, -20m)]));

        var refused = Assert.IsType<MasivoApiException>(again.InnerException);
        Assert.Equal(422, refused.StatusCode);
        Assert.Contains("Invalid customer entry", refused.Details, StringComparison.Ordinal);
        Assert.Contains("'cust-1'", refused.Details, StringComparison.Ordinal);
        Assert.Contains("migrated already", refused.Details, StringComparison.Ordinal);
        Assert.Equal(2, (await _client.Customers.GetTransactionsAsync("cust-1", new CustomerTransactionsQuery { Year = 2023 })).Count);
    }

    [Fact]
    public async Task Transactions_that_do_not_add_up_to_the_balance_are_a_422_naming_the_customer_and_nothing_is_kept()
    {
        await MigrateCustomerAsync("cust-1", points: 30m);
        await MigrateCustomerAsync("cust-2", points: 150m);

        var failure = await Assert.ThrowsAsync<MasivoMigrationException>(() => _client.Customers.MigrateTransactionsAsync(
            [Transactions("cust-1", 50m, -20m), Transactions("cust-2", 200m)]));

        var refused = Assert.IsType<MasivoApiException>(failure.InnerException);
        Assert.Equal(422, refused.StatusCode);
        Assert.Contains("customers[1] ('cust-2')", refused.Details, StringComparison.Ordinal);
        Assert.Contains("add up to 200, but its balance is 150", refused.Details, StringComparison.Ordinal);
        Assert.Empty(await _client.Customers.GetTransactionsAsync("cust-1", new CustomerTransactionsQuery { Year = 2023 }));

        // Nothing was kept, so the customer that did add up can still be migrated; a customer without transactions for a
        // reward it holds does not add up either.
        await _client.Customers.MigrateTransactionsAsync([Transactions("cust-1", 50m, -20m)]);
        var unbalanced = await Assert.ThrowsAsync<MasivoMigrationException>(() => _client.Customers.MigrateTransactionsAsync(
            [new CustomerTransactionsMigrationRecord { Id = "cust-2", Transactions = [Migrated("stars", 150m)] }]));
        Assert.Contains("reward 'points' add up to 0, but its balance is 150", Assert.IsType<MasivoApiException>(unbalanced.InnerException).Details, StringComparison.Ordinal);
    }

    private Task MigrateCustomerAsync(string id, decimal points) => _client.Customers.MigrateAsync(
    [
        new CustomerMigrationRecord
        {
            Id = id, Name = "Ana", Email = $"{id}@example.com", RegistrationDate = DateTimeOffset.UtcNow,
            Balance = [new CustomerBalanceItem { RewardId = "points", Amount = points }],
        },
    ]);

    private static CustomerTransactionsMigrationRecord Transactions(string id, params decimal[] amounts) =>
        new() { Id = id, Transactions = [.. amounts.Select(amount => Migrated("points", amount))] };

    private static MigratedTransaction Migrated(string rewardId, decimal amount)
    {
        var at = new DateTimeOffset(2023, 5, 1, 12, 0, 0, TimeSpan.Zero);
        return new MigratedTransaction
        {
            RewardId = rewardId, Amount = amount, IssuedAt = at, ResolvedAt = at,
            Type = amount < 0 ? TransactionType.Redemption : TransactionType.Accumulation,
        };
    }
}
