using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>The shipping charge of an order.</summary>
public sealed class OrderShipping : MasivoModel
{
    /// <summary>Gets or sets the shipping value before discounts.</summary>
    [JsonPropertyName("value")] public decimal? Value { get; set; }

    /// <summary>Gets or sets the shipping value after discounts.</summary>
    [JsonPropertyName("discounted_value")] public decimal? DiscountedValue { get; set; }

    /// <summary>Gets or sets the rewards redeemed against shipping.</summary>
    [JsonPropertyName("redeem")] public IList<OrderRedemption>? Redeem { get; set; }

    /// <summary>Gets or sets free-form tags that campaign conditions can use.</summary>
    [JsonPropertyName("tags")] public JsonObject? Tags { get; set; }

    /// <summary>Gets or sets free-form metadata.</summary>
    [JsonPropertyName("metadata")] public JsonObject? Metadata { get; set; }

    /// <summary>
    /// Gets or sets what redeeming <see cref="Redeem"/> against shipping would do: set by Masivo in the answer of
    /// <see cref="EventsClient.PreviewRedemptionAsync"/>; leave it unset in requests.
    /// </summary>
    [JsonPropertyName("redemptions_result")] public RedemptionsResult? RedemptionsResult { get; set; }
}
