using Masivo.Sdk;
using Masivo.Sdk.Testing;
using Xunit;

public sealed class LoyaltyCheckoutTests : IAsyncLifetime
{
    private const string Customer = "customer-42";

    private MasivoFakeServer _masivo = null!;
    private MasivoClient _client = null!;

    public async Task InitializeAsync()
    {
        _masivo = await MasivoFakeServer.StartAsync();
        var options = new MasivoClientOptions();
        _masivo.ApplyTo(options);                      // the fake's address, API key and account id; fast retries
        _client = new MasivoClient(options);           // or AddMasivoClient(_masivo.ApplyTo) in a container
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _masivo.DisposeAsync();
    }

    [Fact]
    public async Task A_purchase_earns_a_redemption_spends_and_a_return_undoes_both()
    {
        // One point per currency unit paid, as reward "points" worth 0.10 each
        _masivo.SetEarnRule(new FakeEarnRule { PointsPerCurrencyUnit = 1m, PointValue = 0.10m });
        await _client.Customers.CreateAsync(new CreateCustomerRequest
        {
            Id = Customer, Name = "Ana García", Email = "ana@example.com", RegistrationDate = DateTimeOffset.UtcNow,
        });

        // A purchase earns on what was paid
        await _client.Events.SendAsync(Purchase("ORDER-1", value: 120m, paid: 120m));
        Assert.Equal(120m, _masivo.GetBalance(Customer));

        // The next one burns 100 points (10.00 off), reserved until it is paid
        var unpaid = Purchase("ORDER-2", value: 50m, paid: 40m, burn: 100m);
        unpaid.Fulfilled = false;
        var order = await _client.Events.SendAsync(unpaid);
        Assert.Equal(20m, _masivo.GetBalance(Customer));

        // Paid: the purchase is fulfilled and earns 40
        await _client.Events.FulfillAsync(order.Id!);
        Assert.Equal(60m, _masivo.GetBalance(Customer));

        // Returned: the 40 earned are taken back, the 100 burned given back
        await _client.Events.ReverseAsync(order.Id!, reason: "Order returned");
        Assert.Equal(120m, _masivo.GetBalance(Customer));

        // The points history lists every movement, signed
        var history = await _client.Customers.GetTransactionsAsync(Customer);
        Assert.Equal([120m, -100m, 40m, -40m, 100m], history.Select(t => t.Amount!.Value));
        Assert.Equal(
            [TransactionType.Accumulation, TransactionType.Redemption, TransactionType.Accumulation, TransactionType.Reversal, TransactionType.Reversal],
            history.Select(t => t.Type!.Value));
        Assert.All(history.Skip(1), t => Assert.Equal(order.Id, t.EventId));
        Assert.Equal(120m, (await _client.Customers.GetAsync(Customer)).Wallet!.Totals!.Single().Total);
    }

    private static SendEventRequest Purchase(string orderId, decimal value, decimal paid, decimal burn = 0m) => new()
    {
        CustomerId = Customer,
        BrandId = "0001",
        Type = BehaviorEventType.Purchase,
        Order = new Order
        {
            PurchaseId = orderId,
            Value = value,
            DiscountedValue = paid,
            Redeem = burn > 0m ? [new OrderRedemption { Id = FakeEarnRule.DefaultRewardId, Amount = burn }] : null,
        },
    };
}
