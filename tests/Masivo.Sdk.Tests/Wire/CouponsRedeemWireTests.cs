using Masivo.Sdk.Tests.Support;

namespace Masivo.Sdk.Tests.Wire;

public sealed class CouponsRedeemWireTests : IDisposable
{
    private readonly WireMockMasivo _masivo = new();

    public void Dispose() => _masivo.Dispose();

    private static RedeemCouponRequest SeedRequest() => new()
    {
        CustomerId = "<string>",
        Code = "<string>",
        BrandId = "<string>",
        Platform = "<string>",
        StoreId = "<string>",
        ChannelId = "<string>",
    };

    // The documented request and answer on the wire, and every fault: the coupons.redeem row of the
    // endpoint table (EndpointWireTests, FaultMatrixTests). Here: what only a redemption does.
    [Fact]
    public async Task Redeem_maps_the_documented_response_to_typed_values()
    {
        _masivo.Respond("POST", "/coupons/redeem", 200, Seed.Text("coupons-redeem.response.json"));

        var redemption = await _masivo.Client.Coupons.RedeemAsync(SeedRequest());

        Assert.Equal("John Smith", redemption.Customer!.Name);
        Assert.Equal(CustomerStatus.Active, redemption.Customer.Status);
        Assert.Equal(Gender.Male, redemption.Customer.Gender);
        Assert.Equal(new DateTimeOffset(2023, 11, 7, 5, 31, 56, TimeSpan.Zero), redemption.Customer.RegistrationDate);
        Assert.True(redemption.Customer.Consent!.Purposes!.CouponCampaigns);
        Assert.Equal(127.6m, redemption.Wallet!.Totals![0].Total);
        Assert.Equal(RewardType.Points, redemption.Wallet.Totals[0].Reward!.Type);
        Assert.Equal("Order Value", redemption.Wallet.Totals[0].Reward!.Conditions![0][0].Type);
        Assert.Equal(123m, Assert.Single(redemption.Accumulations!).Amount);
        Assert.Single(redemption.Redemptions!);
    }

    [Fact]
    public async Task Redeem_with_an_unmet_condition_is_an_api_exception_with_the_requirement()
    {
        _masivo.Respond("POST", "/coupons/redeem", 400, """{"error":"Coupon not redeemable","details":"Minimum purchase","requirement":"Condition was not met"}""");

        var error = await Assert.ThrowsAsync<MasivoApiException>(() => _masivo.Client.Coupons.RedeemAsync(SeedRequest()));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("Coupon not redeemable", error.Error);
        Assert.Equal("Minimum purchase", error.Details);
        Assert.Equal("Condition was not met", error.Requirement);
        Assert.Equal("coupons.redeem", error.Operation);
        Assert.Contains("Coupon not redeemable", error.Message, StringComparison.Ordinal);
        Assert.Contains("Condition was not met", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "code")]
    [InlineData("", "code")]
    public async Task Redeem_without_customer_id_is_refused_before_sending(string? customerId, string code)
    {
        var request = new RedeemCouponRequest { CustomerId = customerId, Code = code };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _masivo.Client.Coupons.RedeemAsync(request));

        Assert.Contains("customer_id", error.Message, StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public async Task Redeem_without_code_is_refused_before_sending()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => _masivo.Client.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = "c-1" }));

        Assert.Contains("code", error.Message, StringComparison.Ordinal);
        Assert.Equal("request", error.ParamName);
        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public async Task Redeem_of_null_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => _masivo.Client.Coupons.RedeemAsync(null!));
        Assert.Empty(_masivo.Requests);
    }
}
