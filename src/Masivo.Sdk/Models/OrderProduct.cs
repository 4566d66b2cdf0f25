using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>A product line of an order.</summary>
public sealed class OrderProduct : MasivoModel
{
    /// <summary>Gets or sets the product's SKU.</summary>
    [JsonPropertyName("sku")] public string? Sku { get; set; }

    /// <summary>
    /// Gets or sets the product line's <c>amount</c>. Masivo's reference does not say what it counts (its example is
    /// 123); the likeliest reading, taken here, is the quantity bought.
    /// </summary>
    [JsonPropertyName("amount")] public decimal? Amount { get; set; }

    /// <summary>Gets or sets the line's value before discounts.</summary>
    [JsonPropertyName("value")] public decimal? Value { get; set; }

    /// <summary>Gets or sets the line's value after discounts.</summary>
    [JsonPropertyName("discounted_value")] public decimal? DiscountedValue { get; set; }

    /// <summary>Gets or sets the rewards redeemed against this line.</summary>
    [JsonPropertyName("redeem")] public IList<OrderRedemption>? Redeem { get; set; }

    /// <summary>Gets or sets free-form tags that campaign conditions can use.</summary>
    [JsonPropertyName("tags")] public JsonObject? Tags { get; set; }

    /// <summary>Gets or sets free-form metadata.</summary>
    [JsonPropertyName("metadata")] public JsonObject? Metadata { get; set; }

    /// <summary>
    /// Gets or sets what redeeming <see cref="Redeem"/> against this line would do: set by Masivo in the answer of
    /// <see cref="EventsClient.PreviewRedemptionAsync"/>; leave it unset in requests.
    /// </summary>
    [JsonPropertyName("redemptions_result")] public RedemptionsResult? RedemptionsResult { get; set; }
}
