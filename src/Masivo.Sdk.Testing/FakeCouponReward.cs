namespace Masivo.Sdk.Testing;

/// <summary>A reward a <see cref="FakeCoupon"/> grants.</summary>
/// <param name="amount">The amount granted, such as 100 points.</param>
/// <param name="type">The kind of reward.</param>
public sealed class FakeCouponReward(decimal amount, RewardType type)
{
    /// <summary>Gets the amount granted.</summary>
    public decimal Amount { get; } = amount;

    /// <summary>Gets the kind of reward.</summary>
    public RewardType Type { get; } = type;

    /// <summary>Gets or sets the reward id.</summary>
    public string RewardId { get; set; } = Guid.NewGuid().ToString();

    /// <summary>Gets or sets the reward's name.</summary>
    public string Name { get; set; } = type.Value;
}
