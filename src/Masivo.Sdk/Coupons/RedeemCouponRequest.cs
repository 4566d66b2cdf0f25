using System.Text.Json.Serialization;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>A coupon redemption for <see cref="CouponsClient.RedeemAsync"/>. <see cref="CustomerId"/> and <see cref="Code"/> are required.</summary>
public sealed class RedeemCouponRequest : MasivoModel
{
    /// <summary>Gets or sets the customer's id in your system.</summary>
    [JsonPropertyName("customer_id")] public string? CustomerId { get; set; }

    /// <summary>Gets or sets the coupon code.</summary>
    [JsonPropertyName("code")] public string? Code { get; set; }

    /// <summary>Gets or sets the id of the brand offering the rewards, if any.</summary>
    [JsonPropertyName("brand_id")] public string? BrandId { get; set; }

    /// <summary>Gets or sets the name of the platform the coupon was redeemed on.</summary>
    [JsonPropertyName("platform")] public string? Platform { get; set; }

    /// <summary>Gets or sets the id of the store the coupon was redeemed at.</summary>
    [JsonPropertyName("store_id")] public string? StoreId { get; set; }

    /// <summary>Gets or sets the id of the channel the coupon was redeemed through.</summary>
    [JsonPropertyName("channel_id")] public string? ChannelId { get; set; }

    /// <summary>Throws when a field Masivo requires is missing.</summary>
    internal void Validate(string paramName)
    {
        QueryValue.Required(CustomerId, "customer_id (CustomerId)", paramName);
        QueryValue.Required(Code, "code (Code)", paramName);
        ModelGraph.RequireNoRepeatedMembers(this, paramName);
    }
}
