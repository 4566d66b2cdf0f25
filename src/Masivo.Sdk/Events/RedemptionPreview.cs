using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>
/// Masivo's answer to <see cref="EventsClient.PreviewRedemptionAsync"/>: the request echoed, where every level that
/// had a <c>redeem</c> array (<see cref="Order"/>, each of its product lines, its shipping) carries its
/// <c>redemptions_result</c> (<see cref="Sdk.Order.RedemptionsResult"/>, <see cref="OrderProduct.RedemptionsResult"/>,
/// <see cref="OrderShipping.RedemptionsResult"/>). Nothing was spent.
/// </summary>
public sealed class RedemptionPreview : MasivoModel
{
    /// <summary>Gets or sets the customer's id.</summary>
    [JsonPropertyName("customer_id")] public string? CustomerId { get; set; }

    /// <summary>Gets or sets the brand's id.</summary>
    [JsonPropertyName("brand_id")] public string? BrandId { get; set; }

    /// <summary>Gets or sets the order, each level with a <c>redeem</c> array carrying its <c>redemptions_result</c>.</summary>
    [JsonPropertyName("order")] public Order? Order { get; set; }
}
