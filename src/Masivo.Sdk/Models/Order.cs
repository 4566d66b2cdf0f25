using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>
/// A purchase: the order of a <c>PURCHASE</c> event (<see cref="SendEventRequest.Order"/>), of a redemption
/// preview (<see cref="PreviewRedemptionRequest.Order"/>, answered in <see cref="RedemptionPreview.Order"/>),
/// or attached to a contact. Rewards are spent against the whole order (<see cref="Redeem"/>), a product line
/// (<see cref="OrderProduct.Redeem"/>) or shipping (<see cref="OrderShipping.Redeem"/>).
/// </summary>
public sealed class Order : MasivoModel
{
    /// <summary>Gets or sets the purchase id in your system.</summary>
    [JsonPropertyName("purchase_id")] public string? PurchaseId { get; set; }

    /// <summary>Gets or sets the order's value before discounts.</summary>
    [JsonPropertyName("value")] public decimal? Value { get; set; }

    /// <summary>Gets or sets the order's value after discounts.</summary>
    [JsonPropertyName("discounted_value")] public decimal? DiscountedValue { get; set; }

    /// <summary>Gets or sets the product lines.</summary>
    [JsonPropertyName("products")] public IList<OrderProduct>? Products { get; set; }

    /// <summary>Gets or sets how the order was paid.</summary>
    [JsonPropertyName("payment_method")] public PaymentMethod? PaymentMethod { get; set; }

    /// <summary>Gets or sets the id of the sales channel.</summary>
    [JsonPropertyName("channel_id")] public string? ChannelId { get; set; }

    /// <summary>Gets or sets the id of the store.</summary>
    [JsonPropertyName("store_id")] public string? StoreId { get; set; }

    /// <summary>Gets or sets the shipping charge.</summary>
    [JsonPropertyName("shipping")] public OrderShipping? Shipping { get; set; }

    /// <summary>Gets or sets the rewards redeemed against the whole order.</summary>
    [JsonPropertyName("redeem")] public IList<OrderRedemption>? Redeem { get; set; }

    /// <summary>Gets or sets free-form metadata.</summary>
    [JsonPropertyName("metadata")] public JsonObject? Metadata { get; set; }

    /// <summary>Gets or sets the id of the brand the order belongs to.</summary>
    [JsonPropertyName("brand_id")] public string? BrandId { get; set; }

    /// <summary>
    /// Gets or sets what redeeming <see cref="Redeem"/> against the whole order would do: set by Masivo in the
    /// answer of <see cref="EventsClient.PreviewRedemptionAsync"/>; leave it unset in requests.
    /// </summary>
    [JsonPropertyName("redemptions_result")] public RedemptionsResult? RedemptionsResult { get; set; }
}
