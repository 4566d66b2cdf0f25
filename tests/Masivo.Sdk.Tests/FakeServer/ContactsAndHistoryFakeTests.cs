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
}
