using Masivo.Sdk;
using Masivo.Sdk.Testing;
using Xunit; // xunit's project template adds this as a global using; the line makes the example stand alone

public sealed class CheckoutTests : IAsyncLifetime
{
    private MasivoFakeServer _masivo = null!;
    private MasivoClient _client = null!;

    public async Task InitializeAsync()
    {
        _masivo = await MasivoFakeServer.StartAsync();
        _client = _masivo.CreateClient();               // API-key mode, pointed at the fake
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _masivo.DisposeAsync();
    }

    [Fact]
    public async Task Register_a_customer_redeem_a_coupon_and_check_the_wallet()
    {
        _masivo.AddCoupon(new FakeCoupon("WELCOME10") { Rewards = { new FakeCouponReward(10m, RewardType.Points) } });

        await _client.Customers.CreateAsync(new CreateCustomerRequest
        {
            Id = "customer-42", Name = "Ana García", Email = "ana@example.com", RegistrationDate = DateTimeOffset.UtcNow,
        });
        var redemption = await _client.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = "customer-42", Code = "WELCOME10" });

        Assert.Equal(10m, redemption.Wallet!.Totals!.Single().Total);
        Assert.Equal(10m, _masivo.FindCustomer("customer-42")!.Wallet!.Totals!.Single().Total);
        Assert.Equal("WELCOME10", _masivo.RequestsTo(FakeRoute.RedeemCoupon).Single().Redemption!.Code);
    }

    [Fact]
    public async Task A_migration_survives_a_429()
    {
        _masivo.FailNext(FakeRoute.MigrateContacts, FakeFault.RateLimited(TimeSpan.FromSeconds(1)));
        var contacts = Enumerable.Range(0, 3).Select(i => new ContactMigrationRecord { ExternalId = $"c-{i}", Email = $"c{i}@example.com" });

        var result = await _client.Contacts.MigrateAsync(contacts);

        Assert.Equal(3, result.SucceededRecords);
        Assert.Equal(2, _masivo.RequestsTo(FakeRoute.MigrateContacts).Count); // the 429, then the same batch again
        Assert.Equal(3, _masivo.Contacts.Count);
    }
}
