using Masivo.Sdk.Tests.Support;

namespace Masivo.Sdk.Tests.Wire;

/// <summary>
/// Contacts create and update, and the customers' events and transactions migrations, refuse what Masivo could not
/// take before anything is sent, naming the field. Their requests and answers are the endpoint table's rows.
/// </summary>
public sealed class ContactsAndHistoryValidationTests : IDisposable
{
    private readonly WireMockMasivo _masivo = new();

    public void Dispose() => _masivo.Dispose();

    [Fact]
    public async Task A_contact_without_external_id_email_or_document_number_is_refused()
    {
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => _masivo.Client.Contacts.CreateAsync(new CreateContactRequest { FirstName = "Ana" }));

        Assert.Contains("external_id (ExternalId)", refused.Message, StringComparison.Ordinal);
        Assert.Equal("contact", refused.ParamName);
        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public async Task A_contact_update_with_a_blank_persona_id_or_a_null_id_is_refused()
    {
        var blank = await Assert.ThrowsAsync<ArgumentException>(() => _masivo.Client.Contacts.UpdateAsync("c-1", new UpdateContactRequest { PersonaId = " " }));
        await Assert.ThrowsAsync<ArgumentNullException>(() => _masivo.Client.Contacts.UpdateAsync(null!, new UpdateContactRequest()));
        await Assert.ThrowsAsync<ArgumentNullException>(() => _masivo.Client.Contacts.UpdateAsync("c-1", null!));

        Assert.Contains("persona_id (PersonaId)", blank.Message, StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public async Task A_customer_holding_1001_events_is_refused_by_name()
    {
        var customers = CustomerEvents.Customers(1, 999, 1_000, 1_001);

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => _masivo.Client.Customers.MigrateEventsAsync(customers));

        Assert.StartsWith("customers[3] (id '3') cannot be migrated: it holds 1,001 events; a request may hold at most 1,000.", refused.Message, StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public async Task A_customer_holding_1001_transactions_is_refused_by_position_and_id()
    {
        var transaction = new MigratedTransaction { Type = TransactionType.Migration, Amount = 1m, RewardId = "points", IssuedAt = CustomerEvents.Event().IssuedAt };
        var customers = new[]
        {
            new CustomerTransactionsMigrationRecord { Id = "c-1", Transactions = [transaction] },
            new CustomerTransactionsMigrationRecord { Id = "vip-7", Transactions = Enumerable.Repeat(transaction, 1_001).ToList() },
        };

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => _masivo.Client.Customers.MigrateTransactionsAsync(customers));

        Assert.StartsWith("customers[1] (id 'vip-7') cannot be migrated: it holds 1,001 transactions; a request may hold at most 1,000.", refused.Message, StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public async Task A_refused_customer_s_id_is_quoted_with_control_characters_quotes_and_backslashes_escaped()
    {
        var customers = new[] { new CustomerEventsMigrationRecord { Id = "a\u0007b'\\c", Events = [CustomerEvents.Event()] } };

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => _masivo.Client.Customers.MigrateEventsAsync(customers));

        Assert.StartsWith(@"customers[0] (id 'a\u0007b\'\\c') cannot be migrated: ", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(refused.Message, char.IsControl);
    }

    [Fact]
    public async Task A_refused_customer_s_id_is_quoted_with_a_lone_surrogate_escaped()
    {
        var customers = new[] { new CustomerTransactionsMigrationRecord { Id = "x\uD800y", Transactions = [] } };

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => _masivo.Client.Customers.MigrateTransactionsAsync(customers));

        Assert.StartsWith(@"customers[0] (id 'x\uD800y') cannot be migrated: ", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(refused.Message, char.IsSurrogate);
    }

    [Fact]
    public async Task A_long_id_is_cut_short_in_the_message_with_its_length()
    {
        var customers = new[] { new CustomerEventsMigrationRecord { Id = new string('k', 2_000), Events = [] } };

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => _masivo.Client.Customers.MigrateEventsAsync(customers));

        Assert.StartsWith($"customers[0] (id '{new string('k', 64)}'… (2,000 characters)) cannot be migrated: ", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_without_its_order_is_refused_naming_the_field()
    {
        var customers = CustomerEvents.Customers(2);
        customers[0].Events![1].Order = null;

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => _masivo.Client.Customers.MigrateEventsAsync(customers));

        Assert.Contains("events[1].order (Order) is required.", refused.Message, StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public async Task A_customer_without_transactions_is_refused()
    {
        var customers = new[] { new CustomerTransactionsMigrationRecord { Id = "c-1", Transactions = [] } };

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => _masivo.Client.Customers.MigrateTransactionsAsync(customers));

        Assert.StartsWith("customers[0] (id 'c-1') cannot be migrated: it holds 0 transactions; every record must hold at least 1.", refused.Message, StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
    }

    [Theory]
    [InlineData("type (Type)")]
    [InlineData("amount (Amount)")]
    [InlineData("issued_at (IssuedAt)")]
    public async Task A_transaction_without_a_required_field_is_refused_naming_it(string field)
    {
        var issued = new DateTimeOffset(2023, 11, 7, 5, 31, 56, TimeSpan.Zero);
        var transaction = new MigratedTransaction { Type = TransactionType.Accumulation, Amount = 150m, IssuedAt = issued, ResolvedAt = issued };
        switch (field)
        {
            case "type (Type)": transaction.Type = null; break;
            case "amount (Amount)": transaction.Amount = null; break;
            default: transaction.IssuedAt = null; break;
        }

        var customers = new[]
        {
            new CustomerTransactionsMigrationRecord { Id = "c-1", Transactions = [new MigratedTransaction { Type = TransactionType.Migration, Amount = 1m, IssuedAt = issued }] },
            new CustomerTransactionsMigrationRecord { Id = "c-2", Transactions = [new MigratedTransaction { Type = TransactionType.Accumulation, Amount = 5m, IssuedAt = issued }, transaction] },
        };

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => _masivo.Client.Customers.MigrateTransactionsAsync(customers));

        Assert.Contains($"transactions[1].{field} is required.", refused.Message, StringComparison.Ordinal);
        Assert.Contains("customers[1]", refused.Message, StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public async Task An_empty_transaction_is_refused()
    {
        var customers = new[] { new CustomerTransactionsMigrationRecord { Id = "a", Transactions = [new MigratedTransaction()] } };

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => _masivo.Client.Customers.MigrateTransactionsAsync(customers));

        Assert.Contains("transactions[0].type (Type) is required.", refused.Message, StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
    }
}
