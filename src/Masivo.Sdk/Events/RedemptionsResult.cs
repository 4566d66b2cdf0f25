using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>
/// What redeeming one level's <c>redeem</c> array (the order, a product line or shipping) would do, as a
/// redemption preview answers it.
/// </summary>
public sealed class RedemptionsResult : MasivoModel
{
    /// <summary>Gets or sets the outcome for each reward requested, with an <see cref="RedeemedReward.Error"/> for those that cannot be redeemed.</summary>
    [JsonPropertyName("redeemed")] public IList<RedeemedReward>? Redeemed { get; set; }

    /// <summary>Gets or sets the amount redeemed.</summary>
    [JsonPropertyName("amount")] public decimal? Amount { get; set; }

    /// <summary>Gets or sets how much would be taken off the level's value.</summary>
    [JsonPropertyName("discount_value")] public decimal? DiscountValue { get; set; }

    /// <summary>Gets or sets the discount as a fraction of the level's value (0.5 for half).</summary>
    [JsonPropertyName("discount_percent")] public decimal? DiscountPercent { get; set; }

    /// <summary>Gets or sets the level's value after the discount.</summary>
    [JsonPropertyName("value")] public decimal? Value { get; set; }

    /// <summary>
    /// Gets or sets what the redemption does to the level: <c>UPDATE</c> (its value changes) is the only value Masivo's
    /// reference shows; product rewards that add or replace lines likely answer others, so it is kept as a string.
    /// </summary>
    [JsonPropertyName("action")] public string? Action { get; set; }
}
