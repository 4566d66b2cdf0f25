using System.Text.Json.Serialization;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>
/// An order whose <c>redeem</c> arrays (on the order, its product lines and its shipping) Masivo checks and prices
/// without spending anything, for <see cref="EventsClient.PreviewRedemptionAsync"/>. <see cref="CustomerId"/> and
/// <see cref="Order"/> are required; Masivo's reference does not say whether <see cref="BrandId"/> is, so it is
/// sent when set.
/// </summary>
public sealed class PreviewRedemptionRequest : MasivoModel
{
    /// <summary>Gets or sets the id of the customer whose balance would be spent (required).</summary>
    [JsonPropertyName("customer_id")] public string? CustomerId { get; set; }

    /// <summary>Gets or sets the id of the brand the order belongs to.</summary>
    [JsonPropertyName("brand_id")] public string? BrandId { get; set; }

    /// <summary>Gets or sets the order, with the rewards to spend in its <c>redeem</c> arrays (required).</summary>
    [JsonPropertyName("order")] public Order? Order { get; set; }

    /// <summary>Throws when a field Masivo requires is missing or a redeem item is one Masivo refuses.</summary>
    internal void Validate(string paramName)
    {
        QueryValue.Required(CustomerId, "customer_id (CustomerId)", paramName);
        if (Order is null)
        {
            throw new ArgumentException("order (Order) is required.", paramName);
        }

        RedeemItems.Validate(Order, "order", "Order", paramName);
        ModelGraph.RequireNoRepeatedMembers(this, paramName);
    }
}
