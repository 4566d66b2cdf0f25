namespace Masivo.Sdk.Testing;

/// <summary>A coupon code the fake server will redeem, seeded by a test with <see cref="MasivoFakeServer.AddCoupon"/>.</summary>
/// <param name="code">The code customers redeem.</param>
public sealed class FakeCoupon(string code)
{
    /// <summary>Gets the code.</summary>
    public string Code { get; } = code ?? throw new ArgumentNullException(nameof(code));

    /// <summary>Gets or sets the id of the campaign that issues the rewards.</summary>
    public string CampaignId { get; set; } = Guid.NewGuid().ToString();

    /// <summary>Gets the rewards a redemption grants.</summary>
    public IList<FakeCouponReward> Rewards { get; } = [];

    /// <summary>Gets or sets a value indicating whether the code can be redeemed only once in all.</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool SingleUse { get; set; } = true;

    /// <summary>Gets or sets when the code stops being redeemable, if ever.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }
}
