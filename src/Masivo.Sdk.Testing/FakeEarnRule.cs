namespace Masivo.Sdk.Testing;

/// <summary>
/// How a <see cref="MasivoFakeServer"/> rewards a <c>PURCHASE</c> event, standing in for Masivo's campaigns: points
/// per currency unit of the order's <c>discounted_value</c> (its <c>value</c> when no discounted value is sent),
/// credited as <see cref="RewardId"/>. Set one per brand with <see cref="MasivoFakeServer.SetEarnRule(string, FakeEarnRule)"/>,
/// or the default with <see cref="MasivoFakeServer.SetEarnRule(FakeEarnRule)"/>; without either, every brand earns
/// one point per currency unit as <see cref="DefaultRewardId"/>.
/// </summary>
public sealed class FakeEarnRule
{
    private decimal _pointsPerCurrencyUnit = 1m;
    private decimal _pointValue = 0.1m;

    /// <summary>The id of the points reward of the default rule.</summary>
    public const string DefaultRewardId = "points";

    /// <summary>Gets or sets the points earned per currency unit of the order; zero earns nothing.</summary>
    /// <value>Defaults to 1. Points are not rounded: an order of 10.95 earns 10.95 points.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public decimal PointsPerCurrencyUnit
    {
        get => _pointsPerCurrencyUnit;
        set => _pointsPerCurrencyUnit = value >= 0m ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Points per currency unit cannot be negative.");
    }

    /// <summary>Gets or sets the id of the reward credited; redeem items spend it by this id.</summary>
    /// <value>Defaults to <see cref="DefaultRewardId"/>.</value>
    public string RewardId { get; set; } = DefaultRewardId;

    /// <summary>Gets or sets the reward's name, as wallets show it.</summary>
    /// <value>Defaults to <c>Points</c>.</value>
    public string RewardName { get; set; } = "Points";

    /// <summary>
    /// Gets or sets the money one point is worth when redeemed (Masivo's <c>conversion_factor</c>), which a
    /// redemption preview takes off the order.
    /// </summary>
    /// <value>Defaults to 0.1, Masivo's documented example.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public decimal PointValue
    {
        get => _pointValue;
        set => _pointValue = value >= 0m ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A point's value cannot be negative.");
    }
}
