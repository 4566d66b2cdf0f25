using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>A purchase attached to a contact.</summary>
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
}
