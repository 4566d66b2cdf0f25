using System.Collections.Concurrent;
using Masivo.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Masivo.Sdk.Tests.FakeServer;

/// <summary>Migrated events become the customer's events in the fake, as Masivo keeps them, through the public SDK.</summary>
public sealed class MigratedEventsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2025, 6, 15, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset LastYear = new(2024, 3, 2, 10, 30, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Now);
    private readonly ConcurrentQueue<MasivoWebhookEvent> _webhooks = new();
    private MasivoFakeServer _server = null!;
    private MasivoClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await MasivoFakeServer.StartAsync(new MasivoFakeServerOptions
        {
            TimeProvider = _clock,
            WebhookHandler = (webhook, _) =>
            {
                _webhooks.Enqueue(webhook);
                return Task.CompletedTask;
            },
        });
        _client = _server.CreateClient();
        await _client.Customers.CreateAsync(new CreateCustomerRequest { Id = "c-1", Name = "Ana", Email = "ana@example.com", RegistrationDate = Now.AddYears(-2) });
        await _client.Customers.CreateAsync(new CreateCustomerRequest { Id = "c-2", Name = "Luis", Email = "luis@example.com", RegistrationDate = Now.AddYears(-2) });
        _server.AddBalance("c-1", 40m);
        await _server.WaitForWebhooksAsync(3); // two registrations and the accumulation of the balance
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_migrated_event_is_stored_fulfilled_and_resolved_with_its_fields_and_moves_no_balance()
    {
        var transactionsBefore = await _client.Customers.GetTransactionsAsync("c-1", new CustomerTransactionsQuery { Year = 2025 });

        var result = await _client.Customers.MigrateEventsAsync(
        [
            new CustomerEventsMigrationRecord
            {
                Id = "c-1",
                Events =
                [
                    // Sent unfulfilled, with an order worth points and a redemption: Masivo marks it fulfilled and runs no campaign.
                    Purchase("old-1", fulfilled: false, redeem: [new OrderRedemption { Id = FakeEarnRule.DefaultRewardId, Amount = 25m }]),
                ],
            },
        ]);

        Assert.True(result.IsSuccess);
        var migrated = Assert.Single(_server.Events);
        Assert.Equal(migrated.Id, _server.FindEvent(migrated.Id!)!.Id);
        Assert.Equal("c-1", migrated.CustomerId);
        Assert.Equal(BehaviorEventType.Purchase, migrated.Type);
        Assert.True(migrated.Fulfilled);
        Assert.Equal(BehaviorEventStatus.Resolved, migrated.Status);
        Assert.Equal(LastYear, migrated.IssuedAt);
        Assert.Equal(LastYear.AddMinutes(5), migrated.ResolvedAt);
        Assert.Empty(migrated.RewardingCampaigns!);
        Assert.Equal("brand-1", migrated.Data!["brand_id"]!.GetValue<string>());
        Assert.Equal("store-9", migrated.Data["store_id"]!.GetValue<string>());
        Assert.Equal("web", migrated.Data["channel_id"]!.GetValue<string>());
        Assert.Equal("old-1", migrated.Data["order"]!["purchase_id"]!.GetValue<string>());
        Assert.Empty(migrated.Result!.Accumulations!);

        Assert.Equal(40m, _server.GetBalance("c-1"));
        Assert.Equal(40m, (await _client.Customers.GetAsync("c-1")).Wallet!.Totals!.Single().Total);
        Assert.Equal(transactionsBefore.Count, (await _client.Customers.GetTransactionsAsync("c-1", new CustomerTransactionsQuery { Year = 2025 })).Count);
        Assert.Empty(await _client.Customers.GetTransactionsAsync("c-1", new CustomerTransactionsQuery { Year = 2024 }));
    }

    [Fact]
    public async Task A_second_pass_adds_to_the_events_of_the_first()
    {
        await _client.Customers.MigrateEventsAsync(
        [
            new CustomerEventsMigrationRecord { Id = "c-1", Events = [Purchase("old-1"), Purchase("old-2")] },
        ]);

        await _client.Customers.MigrateEventsAsync(
        [
            new CustomerEventsMigrationRecord { Id = "c-1", Events = [Purchase("old-3")] },
            new CustomerEventsMigrationRecord { Id = "c-2", Events = [Purchase("old-4")] },
        ]);

        Assert.Equal(
            [("c-1", "old-1"), ("c-1", "old-2"), ("c-1", "old-3"), ("c-2", "old-4")],
            _server.Events.Select(e => (e.CustomerId, e.Data!["order"]!["purchase_id"]!.GetValue<string>())));
        Assert.Equal(40m, _server.GetBalance("c-1"));
        Assert.Equal(0m, _server.GetBalance("c-2"));
    }

    [Fact]
    public async Task A_batch_naming_an_unknown_customer_is_a_404_and_keeps_none_of_its_events()
    {
        var failure = await Assert.ThrowsAsync<MasivoMigrationException>(() => _client.Customers.MigrateEventsAsync(
        [
            new CustomerEventsMigrationRecord { Id = "c-1", Events = [Purchase("old-1")] },
            new CustomerEventsMigrationRecord { Id = "nobody", Events = [Purchase("old-2")] },
        ]));

        Assert.Equal(404, Assert.IsType<MasivoApiException>(failure.InnerException).StatusCode);
        Assert.Empty(_server.Events);
    }

    [Fact]
    public async Task Migrated_customers_events_and_transactions_send_no_webhook()
    {
        await _client.Customers.MigrateAsync(
        [
            new CustomerMigrationRecord
            {
                Id = "c-3", Name = "Eva", Email = "eva@example.com", RegistrationDate = LastYear,
                Balance = [new CustomerBalanceItem { RewardId = FakeEarnRule.DefaultRewardId, Amount = 70m }],
            },
        ]);
        await _client.Customers.MigrateEventsAsync([new CustomerEventsMigrationRecord { Id = "c-1", Events = [Purchase("old-1")] }]);
        await _client.Customers.MigrateTransactionsAsync(
        [
            new CustomerTransactionsMigrationRecord
            {
                Id = "c-1",
                Transactions = [new MigratedTransaction { BrandId = "brand-1", RewardId = "points", Type = TransactionType.Accumulation, IssuedAt = LastYear, ResolvedAt = LastYear, Amount = 40m }],
            },
        ]);

        // Webhooks are delivered in order: once a later change's webhook is delivered, nothing older is left to send.
        _server.AddBalance("c-2", 5m);
        var webhooks = await _server.WaitForWebhooksAsync(4);

        Assert.Equal(
            ["CUSTOMER_REGISTRATION", "CUSTOMER_REGISTRATION", "CUSTOMER_ACCUMULATION", "CUSTOMER_ACCUMULATION"],
            webhooks.Select(webhook => webhook.Event.Value));
        Assert.True(webhooks[3].TryGetAccumulation(out var accumulation));
        Assert.Equal("c-2", accumulation.CustomerId);
        Assert.Equal(4, _webhooks.Count);
        Assert.Equal(70m, _server.GetBalance("c-3")); // the migrated balance is there, without an accumulation webhook
    }

    private static MigratedEvent Purchase(string purchaseId, bool fulfilled = true, IList<OrderRedemption>? redeem = null) => new()
    {
        Type = BehaviorEventType.Purchase,
        BrandId = "brand-1",
        StoreId = "store-9",
        ChannelId = "web",
        Order = new Order { PurchaseId = purchaseId, Value = 120m, DiscountedValue = 100m, Redeem = redeem },
        Fulfilled = fulfilled,
        IssuedAt = LastYear,
        ResolvedAt = LastYear.AddMinutes(5),
    };
}
