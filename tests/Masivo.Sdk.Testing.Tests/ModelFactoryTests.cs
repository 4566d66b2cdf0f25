namespace Masivo.Sdk.Testing.Tests;

public sealed class ModelFactoryTests
{
    [Fact]
    public void A_redemption_has_a_wallet_that_agrees_with_its_accumulation()
    {
        var redemption = MasivoModelFactory.CouponRedemption("customer-42", "reward-10", 10m, "campaign-7");

        Assert.Equal("customer-42", redemption.Customer!.Id);
        Assert.Equal("customer-42", redemption.Wallet!.OwnerId);
        var total = Assert.Single(redemption.Wallet.Totals!);
        Assert.Equal((10m, "reward-10"), (total.Total!.Value, total.RewardId!));
        var accumulation = Assert.Single(redemption.Accumulations!);
        Assert.Equal((10m, "campaign-7"), (accumulation.Amount!.Value, accumulation.CampaignId!));
        Assert.Empty(redemption.Redemptions!);
    }

    [Fact]
    public void A_customer_with_wallet_defaults_to_an_empty_wallet_of_that_customer()
    {
        var created = MasivoModelFactory.CustomerWithWallet(MasivoModelFactory.Customer("k-9", status: CustomerStatus.Inactive));

        Assert.Equal(CustomerStatus.Inactive, created.Customer!.Status);
        Assert.Equal("k-9", created.Wallet!.OwnerId);
        Assert.Empty(created.Wallet.Totals!);
    }

    [Fact]
    public void A_wallet_has_one_line_per_total()
    {
        var wallet = MasivoModelFactory.Wallet("k-1", MasivoModelFactory.WalletTotal("points", 120m), MasivoModelFactory.WalletTotal("cashback", 5m));

        Assert.Equal(["points", "cashback"], wallet.Lines!.Select(l => l.RewardId));
        Assert.Equal([120m, 5m], wallet.Lines!.Select(l => l.Amount!.Value));
    }

    [Fact]
    public void A_contact_has_masivo_ids_and_the_given_identity()
    {
        var contact = MasivoModelFactory.Contact("ext-1", "a@example.com", documentNumber: "123");

        Assert.Equal(("ext-1", "a@example.com", "123", "ID"), (contact.ExternalId, contact.Email, contact.DocumentNumber, contact.DocumentType));
        Assert.NotNull(contact.Id);
        Assert.NotNull(contact.PersonaId);
    }

    private sealed class MockedCoupons(CouponRedemption answer) : CouponsClient
    {
        public override Task<CouponRedemption> RedeemAsync(RedeemCouponRequest request, CancellationToken cancellationToken = default) => Task.FromResult(answer);
    }

    [Fact]
    public async Task Factory_models_stand_in_for_a_mocked_resource_client()
    {
        CouponsClient coupons = new MockedCoupons(MasivoModelFactory.CouponRedemption(amount: 25m));

        var redemption = await coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = "customer-1", Code = "X" });

        Assert.Equal(25m, redemption.Wallet!.Totals!.Single().Total);
    }
}
