using Masivo.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Masivo.Sdk.Tests.FakeServer;

/// <summary>
/// The fake server's loyalty loop through the public SDK: purchases earn by the brand's rule, redeem items spend
/// (never beyond the balance), unfulfilled events reserve and expire on the server's clock, fulfil and reverse move
/// the balance back and forth, held events wait, and a preview spends nothing.
/// </summary>
public sealed class EventsLoopTests : IAsyncLifetime
{
    private const string Customer = "cust-1";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private MasivoFakeServer _server = null!;
    private MasivoClient _client = null!;

    private EventsClient Events => _client.Events;

    public async Task InitializeAsync()
    {
        _server = await MasivoFakeServer.StartAsync(new MasivoFakeServerOptions { TimeProvider = _time });
        _client = _server.CreateClient();
        await _client.Customers.CreateAsync(new CreateCustomerRequest { Id = Customer, Name = "Ana", Email = "ana@example.com", RegistrationDate = _time.GetUtcNow() });
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    private static SendEventRequest Purchase(decimal discountedValue, params OrderRedemption[] redeem) => new()
    {
        CustomerId = Customer,
        BrandId = "0001",
        Type = BehaviorEventType.Purchase,
        Order = new Order { PurchaseId = "o-1", Value = discountedValue + 5m, DiscountedValue = discountedValue, Redeem = redeem.Length > 0 ? redeem : null },
    };

    private static OrderRedemption Points(decimal amount) => new() { Id = FakeEarnRule.DefaultRewardId, Amount = amount };

    [Fact]
    public async Task A_purchase_earns_a_point_per_currency_unit_by_default()
    {
        var sent = await Events.SendAsync(Purchase(10.95m));

        Assert.Equal(BehaviorEventStatus.Resolved, sent.Status);
        Assert.Equal(10.95m, Assert.Single(sent.Result!.Accumulations!).Amount);
        Assert.Equal(10.95m, _server.GetBalance(Customer));
        var wallet = (await _client.Customers.GetAsync(Customer)).Wallet!;
        Assert.Equal(10.95m, Assert.Single(wallet.Totals!).Total);
        Assert.Equal("Points", wallet.Totals![0].Reward!.Name);
        Assert.Equal(sent.Id, _server.FindEvent(sent.Id!)!.Id);
    }

    [Fact]
    public async Task Amounts_and_reservations_too_large_to_compute_are_a_400_and_move_nothing()
    {
        var reserved = Purchase(10m);
        reserved.Fulfilled = false;
        reserved.Reserve = int.MaxValue;

        var hugeAmount = await Assert.ThrowsAsync<MasivoApiException>(() => Events.SendAsync(Purchase(decimal.MaxValue - 10m)));
        var hugeReserve = await Assert.ThrowsAsync<MasivoApiException>(() => Events.SendAsync(reserved));

        Assert.Equal(400, hugeAmount.StatusCode);
        Assert.Equal(400, hugeReserve.StatusCode);
        Assert.Equal(0m, _server.GetBalance(Customer));
        Assert.Equal(10m, (await Events.SendAsync(Purchase(10m))).Result!.Accumulations![0].Amount);
    }

    [Fact]
    public async Task Each_brand_earns_by_its_own_rule()
    {
        _server.SetEarnRule("0002", new FakeEarnRule { PointsPerCurrencyUnit = 2m, RewardId = "stars", RewardName = "Stars" });
        var other = Purchase(10m);
        other.BrandId = "0002";

        await Events.SendAsync(Purchase(10m));
        await Events.SendAsync(other);

        Assert.Equal(10m, _server.GetBalance(Customer));
        Assert.Equal(20m, _server.GetBalance(Customer, "stars"));
    }

    [Fact]
    public async Task Redeem_items_at_every_level_spend_from_the_wallet()
    {
        _server.SetEarnRule(new FakeEarnRule { PointsPerCurrencyUnit = 0m }).AddBalance(Customer, 100m);
        var purchase = Purchase(50m, Points(10m));
        purchase.Order!.Products = [new OrderProduct { Sku = "A", Redeem = [Points(5m)] }];
        purchase.Order.Shipping = new OrderShipping { Value = 3m, Redeem = [Points(1m)] };
        purchase.Redeem = [Points(4m)];

        var sent = await Events.SendAsync(purchase);

        Assert.Equal(80m, _server.GetBalance(Customer));
        Assert.Equal(20m, sent.Result!.Redemptions!.Sum(line => line.Amount));
        Assert.Empty(sent.Result.Accumulations!);
    }

    [Fact]
    public async Task Spending_more_than_the_balance_is_refused_with_masivos_error_and_moves_nothing()
    {
        _server.AddBalance(Customer, 5m);

        var error = await Assert.ThrowsAsync<MasivoApiException>(() => Events.SendAsync(Purchase(10m, Points(10m))));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("Insufficient balance", error.Error);
        Assert.Contains("has 5", error.Details, StringComparison.Ordinal);
        Assert.Equal(5m, _server.GetBalance(Customer));
        Assert.Empty(_server.Events);
    }

    [Fact]
    public async Task Held_events_stay_pending_until_released()
    {
        _server.HoldEvents();

        var sent = await Events.SendAsync(Purchase(10m));

        Assert.Equal(BehaviorEventStatus.Pending, sent.Status);
        Assert.Equal(0m, _server.GetBalance(Customer));
        Assert.Equal(1, _server.ReleaseEvents());
        Assert.Equal(BehaviorEventStatus.Resolved, _server.FindEvent(sent.Id!)!.Status);
        Assert.Equal(10m, _server.GetBalance(Customer));
        Assert.Equal(BehaviorEventStatus.Resolved, (await Events.SendAsync(Purchase(1m))).Status);
    }

    [Fact]
    public async Task A_held_event_the_balance_no_longer_covers_fails_when_released()
    {
        _server.SetEarnRule(new FakeEarnRule { PointsPerCurrencyUnit = 0m }).AddBalance(Customer, 10m);
        _server.HoldEvents();
        var first = await Events.SendAsync(Purchase(1m, Points(8m)));
        var second = await Events.SendAsync(Purchase(1m, Points(8m)));

        _server.ReleaseEvents();

        Assert.Equal(BehaviorEventStatus.Resolved, _server.FindEvent(first.Id!)!.Status);
        Assert.Equal(BehaviorEventStatus.Failed, _server.FindEvent(second.Id!)!.Status);
        Assert.Equal(2m, _server.GetBalance(Customer));
    }

    [Fact]
    public async Task An_unfulfilled_event_reserves_its_redemptions_holds_its_earnings_and_expires_after_its_reserve_days()
    {
        _server.AddBalance(Customer, 50m);
        var purchase = Purchase(10m, Points(20m));
        purchase.Fulfilled = false;
        purchase.Reserve = 2;

        var sent = await Events.SendAsync(purchase);

        Assert.False(sent.Fulfilled);
        Assert.Equal(30m, _server.GetBalance(Customer));
        _time.Advance(TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1));
        Assert.Equal(BehaviorEventStatus.Resolved, _server.FindEvent(sent.Id!)!.Status);
        _time.Advance(TimeSpan.FromMinutes(2));
        var expired = _server.FindEvent(sent.Id!)!;
        Assert.Equal(BehaviorEventStatus.Expired, expired.Status);
        Assert.NotNull(expired.ExpiredAt);
        Assert.Equal(50m, _server.GetBalance(Customer));
    }

    [Fact]
    public async Task Without_reserve_an_unfulfilled_event_expires_after_24_hours()
    {
        var purchase = Purchase(10m);
        purchase.Fulfilled = false;
        var sent = await Events.SendAsync(purchase);

        _time.Advance(TimeSpan.FromHours(23));
        Assert.Equal(BehaviorEventStatus.Resolved, _server.FindEvent(sent.Id!)!.Status);
        _time.Advance(TimeSpan.FromHours(2));

        Assert.Equal(BehaviorEventStatus.Expired, _server.FindEvent(sent.Id!)!.Status);
        Assert.Equal(0m, _server.GetBalance(Customer));
    }

    [Fact]
    public async Task Fulfilling_credits_the_earnings_keeps_the_redemption_and_stops_the_expiry()
    {
        _server.AddBalance(Customer, 50m);
        var purchase = Purchase(10m, Points(20m));
        purchase.Fulfilled = false;
        var sent = await Events.SendAsync(purchase);

        var fulfilled = await Events.FulfillAsync(sent.Id!);
        _time.Advance(TimeSpan.FromDays(3));

        Assert.True(fulfilled.Fulfilled);
        Assert.Equal(10m, Assert.Single(fulfilled.Result!.Accumulations!).Amount);
        Assert.Equal(40m, _server.GetBalance(Customer));
        Assert.Equal(BehaviorEventStatus.Resolved, _server.FindEvent(sent.Id!)!.Status);
        var again = await Assert.ThrowsAsync<MasivoApiException>(() => Events.FulfillAsync(sent.Id!));
        Assert.Equal(400, again.StatusCode);
        Assert.Equal("Event already fulfilled", again.Error);
    }

    [Fact]
    public async Task An_expired_event_is_fulfilled_only_through_fulfill_expired_events()
    {
        var purchase = Purchase(10m);
        purchase.Fulfilled = false;
        var sent = await Events.SendAsync(purchase);
        _time.Advance(TimeSpan.FromDays(2));

        var refused = await Assert.ThrowsAsync<MasivoApiException>(() => Events.FulfillAsync(sent.Id!));
        var result = await Events.FulfillExpiredAsync(_time.GetUtcNow().AddDays(-3), _time.GetUtcNow());

        Assert.Equal("Event expired", refused.Error);
        Assert.Equal("1 event(s) have been queued for fulfillment", result.Message);
        Assert.Equal("Events will be processed in the background", result.Details);
        Assert.Equal(BehaviorEventStatus.Resolved, _server.FindEvent(sent.Id!)!.Status);
        Assert.Equal(10m, _server.GetBalance(Customer));
    }

    [Fact]
    public async Task Reversing_a_fulfilled_event_takes_back_its_earnings_and_gives_back_its_redemptions()
    {
        _server.AddBalance(Customer, 50m);
        var sent = await Events.SendAsync(Purchase(10m, Points(20m)));
        Assert.Equal(40m, _server.GetBalance(Customer));

        var reversed = await Events.ReverseAsync(sent.Id!, "Order returned");

        Assert.Equal(BehaviorEventStatus.Reversed, reversed.Status);
        Assert.NotNull(reversed.ReversedAt);
        Assert.Equal(50m, _server.GetBalance(Customer));
        var again = await Assert.ThrowsAsync<MasivoApiException>(() => Events.ReverseAsync(sent.Id!, "twice"));
        Assert.Equal(400, again.StatusCode);
    }

    [Fact]
    public async Task Reversing_an_unfulfilled_event_cancels_it_and_releases_its_reservation()
    {
        _server.AddBalance(Customer, 50m);
        var purchase = Purchase(10m, Points(20m));
        purchase.Fulfilled = false;
        var sent = await Events.SendAsync(purchase);

        var cancelled = await Events.ReverseAsync(sent.Id!, "Payment failed");
        _time.Advance(TimeSpan.FromDays(2));

        Assert.Equal(BehaviorEventStatus.Cancelled, cancelled.Status);
        Assert.NotNull(cancelled.CancelledAt);
        Assert.Equal(50m, _server.GetBalance(Customer));
        Assert.Equal(BehaviorEventStatus.Cancelled, _server.FindEvent(sent.Id!)!.Status);
    }

    [Fact]
    public async Task Reversing_earnings_already_spent_leaves_the_balance_negative()
    {
        _server.SetEarnRule(new FakeEarnRule { PointsPerCurrencyUnit = 1m });
        var earned = await Events.SendAsync(Purchase(10m));
        await Events.SendAsync(Purchase(0m, Points(8m)));

        await Events.ReverseAsync(earned.Id!, "Order returned");

        Assert.Equal(-8m, _server.GetBalance(Customer));
    }

    [Fact]
    public async Task A_preview_prices_each_level_without_spending()
    {
        _server.SetEarnRule(new FakeEarnRule { PointValue = 0.5m }).AddBalance(Customer, 10m);
        var order = new Order
        {
            Value = 20m,
            DiscountedValue = 20m,
            Redeem = [Points(4m)],
            Products = [new OrderProduct { Sku = "A", Value = 3m, Redeem = [Points(8m)] }],
            Shipping = new OrderShipping { Value = 1m, Redeem = [Points(4m)] },
        };

        var preview = await Events.PreviewRedemptionAsync(new PreviewRedemptionRequest { CustomerId = Customer, BrandId = "0001", Order = order });

        var whole = preview.Order!.RedemptionsResult!;
        Assert.Equal(4m, whole.Amount);
        Assert.Equal(2m, whole.DiscountValue);
        Assert.Equal(18m, whole.Value);
        Assert.Equal(0.1m, whole.DiscountPercent);
        Assert.Equal("UPDATE", whole.Action);
        Assert.Null(Assert.Single(whole.Redeemed!).Error);
        Assert.Contains("Insufficient balance", Assert.Single(preview.Order.Products![0].RedemptionsResult!.Redeemed!).Error, StringComparison.Ordinal);
        var shipping = preview.Order.Shipping!.RedemptionsResult!;
        Assert.Equal(1m, shipping.DiscountValue); // capped at the shipping's value
        Assert.Equal(0m, shipping.Value);
        Assert.Equal(10m, _server.GetBalance(Customer));
        Assert.Empty(_server.Events);
        Assert.Null(order.RedemptionsResult);
    }

    [Fact]
    public async Task Unknown_customers_and_events_are_404()
    {
        var purchase = Purchase(10m);
        purchase.CustomerId = "nobody";

        var send = await Assert.ThrowsAsync<MasivoApiException>(() => Events.SendAsync(purchase));
        var fulfil = await Assert.ThrowsAsync<MasivoApiException>(() => Events.FulfillAsync("no-such-event"));
        var reverse = await Assert.ThrowsAsync<MasivoApiException>(() => Events.ReverseAsync("no-such-event", "returned"));
        var preview = await Assert.ThrowsAsync<MasivoApiException>(() => Events.PreviewRedemptionAsync(new PreviewRedemptionRequest { CustomerId = "nobody", Order = new Order() }));

        Assert.All([send, fulfil, reverse, preview], error => Assert.Equal(404, error.StatusCode));
        Assert.Equal("Customer 'nobody' not found", send.Details);
        Assert.Equal("Event 'no-such-event' not found", fulfil.Details);
    }

    [Fact]
    public void A_test_cannot_credit_a_customer_that_does_not_exist()
    {
        Assert.Throws<ArgumentException>(() => _server.AddBalance("nobody", 1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => _server.AddBalance(Customer, 0m));
        Assert.Throws<ArgumentException>(() => _server.GetBalance("nobody"));
    }
}
