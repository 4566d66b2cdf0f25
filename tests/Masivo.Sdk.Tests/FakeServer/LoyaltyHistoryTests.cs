using Masivo.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Masivo.Sdk.Tests.FakeServer;

/// <summary>
/// Every balance change of the fake is listed in the customer's transactions, as Masivo lists them: what a purchase
/// earns and spends, a reservation and its return, a reversal, a coupon, a migrated balance, a test's credit; seeded
/// transactions only add history; and an anonymous customer identified under a new id keeps its wallet and events.
/// </summary>
public sealed class LoyaltyHistoryTests : IAsyncLifetime
{
    private const string Customer = "cust-1";

    private static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Start);
    private MasivoFakeServer _server = null!;
    private MasivoClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await MasivoFakeServer.StartAsync(new MasivoFakeServerOptions { TimeProvider = _time });
        _client = _server.CreateClient();
        await CreateAsync(Customer);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_purchase_lists_what_it_earned_and_spent_and_a_reversal_lists_both_undone()
    {
        _server.AddBalance(Customer, 50m);
        var purchase = Purchase(Customer, 30m, redeem: 20m);
        purchase.Order!.ChannelId = "web";
        purchase.Order.StoreId = "store-7";
        purchase.IssuedAt = Start.AddHours(-1);

        var sent = await _client.Events.SendAsync(purchase);
        _time.Advance(TimeSpan.FromMinutes(5));
        await _client.Events.ReverseAsync(sent.Id!, "Order returned");
        var history = await _client.Customers.GetTransactionsAsync(Customer);

        Assert.Equal(
            [("ACCUMULATION", 50m), ("REDEMPTION", -20m), ("ACCUMULATION", 30m), ("REVERSAL", -30m), ("REVERSAL", 20m)],
            history.Select(t => (t.Type!.Value.Value, t.Amount!.Value)));
        Assert.Equal("Added by the test", history[0].Details);
        Assert.Null(history[0].EventId);
        var spent = history[1];
        Assert.Equal(sent.Id, spent.EventId);
        Assert.Equal("PURCHASE", spent.EventType);
        Assert.Equal("0001", spent.BrandId);
        Assert.Equal(FakeEarnRule.DefaultRewardId, spent.RewardId);
        Assert.Equal(RewardType.Points, spent.RewardType);
        Assert.Equal("web", spent.ChannelId);
        Assert.Equal("store-7", spent.StoreId);
        Assert.Equal(Start.AddHours(-1), spent.IssuedAt);
        Assert.Equal(Start, spent.CreatedAt);
        Assert.Equal(2m, spent.Cost); // 20 points at the default rule's 0.1 each
        Assert.Equal(-20m, spent.Attributes!.Line!.Amount);
        Assert.All(history.Skip(3), reversal =>
        {
            Assert.Equal(sent.Id, reversal.EventId);
            Assert.Equal("Event reversed: Order returned", reversal.Details);
            Assert.Equal(Start.AddMinutes(5), reversal.CreatedAt);
        });
        Assert.Equal(history.Count, history.Select(t => t.Id).Distinct().Count());
        Assert.Equal(history.Sum(t => t.Amount), _server.GetBalance(Customer));
    }

    [Fact]
    public async Task An_unfulfilled_event_lists_its_reservation_and_the_return_when_it_expires()
    {
        _server.AddBalance(Customer, 50m);
        var purchase = Purchase(Customer, 10m, redeem: 20m);
        purchase.Fulfilled = false;
        purchase.Reserve = 2;

        await _client.Events.SendAsync(purchase);
        _time.Advance(TimeSpan.FromDays(3));
        var history = await _client.Customers.GetTransactionsAsync(Customer);

        Assert.Equal([("ACCUMULATION", 50m), ("REDEMPTION", -20m), ("REVERSAL", 20m)], history.Select(t => (t.Type!.Value.Value, t.Amount!.Value)));
        Assert.Equal("Reserved until the event is fulfilled", history[1].Details);
        Assert.Equal(Start.AddDays(2), history[1].Attributes!.Line!.ReservationExpiresAt);
        Assert.Equal("Reservation expired", history[2].Details);
        Assert.Equal(50m, _server.GetBalance(Customer));
    }

    [Fact]
    public async Task Fulfilling_lists_the_earnings_once_and_keeps_the_reservation_as_the_redemption()
    {
        _server.AddBalance(Customer, 50m);
        var purchase = Purchase(Customer, 10m, redeem: 20m);
        purchase.Fulfilled = false;

        var sent = await _client.Events.SendAsync(purchase);
        await _client.Events.FulfillAsync(sent.Id!);
        var ofTheEvent = (await _client.Customers.GetTransactionsAsync(Customer)).Where(t => t.EventId == sent.Id).ToList();

        Assert.Equal([("REDEMPTION", -20m), ("ACCUMULATION", 10m)], ofTheEvent.Select(t => (t.Type!.Value.Value, t.Amount!.Value)));
        Assert.Equal(40m, _server.GetBalance(Customer));
    }

    [Fact]
    public async Task Coupons_and_migrated_balances_are_listed_and_a_seeded_transaction_only_adds_history()
    {
        _server.AddCoupon(new FakeCoupon("WELCOME10") { CampaignId = "welcome", Rewards = { new FakeCouponReward(10m, RewardType.Points) { RewardId = "points" } } });
        await _client.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = Customer, Code = "WELCOME10", BrandId = "0001", StoreId = "store-1" });
        await _client.Customers.MigrateAsync(
        [
            new CustomerMigrationRecord
            {
                Id = "migrated-1", Name = "Bea", Email = "bea@example.com", RegistrationDate = Start.AddYears(-1),
                Balance = [new CustomerBalanceItem { RewardId = "points", Amount = 120m, BrandId = "0001" }, new CustomerBalanceItem { RewardId = "stamps", Amount = 0m }],
            },
        ]);
        _server.AddTransaction(Customer, new Transaction { Type = TransactionType.Accumulation, Amount = 999m, Details = "seeded" });

        var coupon = (await _client.Customers.GetTransactionsAsync(Customer))[0];
        var migrated = Assert.Single(await _client.Customers.GetTransactionsAsync("migrated-1"));

        Assert.Equal(TransactionType.Accumulation, coupon.Type);
        Assert.Equal(10m, coupon.Amount);
        Assert.Equal("welcome", coupon.CampaignId);
        Assert.Equal("store-1", coupon.StoreId);
        Assert.Equal("Coupon WELCOME10 redeemed", coupon.Details);
        Assert.Equal(TransactionType.Migration, migrated.Type);
        Assert.Equal(120m, migrated.Amount);
        Assert.Equal("0001", migrated.BrandId);
        Assert.Equal(10m, _server.GetBalance(Customer)); // the seeded 999 is history only
        Assert.Equal(2, (await _client.Customers.GetTransactionsAsync(Customer)).Count);
    }

    [Fact]
    public async Task An_anonymous_customer_identified_under_a_new_id_keeps_its_wallet_history_and_events()
    {
        await CreateAsync("guest-1", anonymous: true);
        _server.AddBalance("guest-1", 50m);
        var paid = await _client.Events.SendAsync(Purchase("guest-1", 10m));
        var pending = Purchase("guest-1", 5m, redeem: 20m);
        pending.Fulfilled = false;
        var unfulfilled = await _client.Events.SendAsync(pending);

        var identified = await _client.Customers.IdentifyAnonymousAsync("guest-1", new IdentifyCustomerRequest { Name = "Ana", Email = "ana@example.com", NewId = "cust-9" });
        await _client.Events.FulfillAsync(unfulfilled.Id!);
        await _client.Events.ReverseAsync(paid.Id!, "Order returned");

        Assert.Equal(40m, Assert.Single(identified.Wallet!.Totals!).Total);
        Assert.Equal(35m, _server.GetBalance("cust-9")); // 50 + 10 - 20, the fulfilled 5, and the reversed 10 taken back
        Assert.All(_server.Events, e => Assert.Equal("cust-9", e.CustomerId));
        var history = await _client.Customers.GetTransactionsAsync("cust-9");
        Assert.Equal(35m, history.Sum(t => t.Amount));
        Assert.Equal(5, history.Count); // the credit, the purchase's 10, the reservation, the 5 fulfilled, the reversal
        Assert.Equal(404, (await Assert.ThrowsAsync<MasivoApiException>(() => _client.Customers.GetTransactionsAsync("guest-1"))).StatusCode);
        await CreateAsync("guest-1");
        Assert.Equal(0m, _server.GetBalance("guest-1"));
    }

    private Task<CustomerWithWallet> CreateAsync(string id, bool anonymous = false) => _client.Customers.CreateAsync(anonymous
        ? new CreateCustomerRequest { Id = id, IsAnonymous = true, RegistrationDate = Start }
        : new CreateCustomerRequest { Id = id, Name = "Ana", Email = $"{id}@example.com", RegistrationDate = Start });

    private static SendEventRequest Purchase(string customerId, decimal discountedValue, decimal? redeem = null) => new()
    {
        CustomerId = customerId,
        BrandId = "0001",
        Type = BehaviorEventType.Purchase,
        Order = new Order
        {
            PurchaseId = $"o-{Guid.NewGuid():N}",
            Value = discountedValue,
            DiscountedValue = discountedValue,
            Redeem = redeem is { } amount ? [new OrderRedemption { Id = FakeEarnRule.DefaultRewardId, Amount = amount }] : null,
        },
    };
}
