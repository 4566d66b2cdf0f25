using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>
/// A behavior event for <see cref="EventsClient.SendAsync"/>: a purchase (with its <see cref="Order"/>), a
/// registration, a birthday, or a custom event type of your account. <see cref="CustomerId"/>,
/// <see cref="BrandId"/> and <see cref="Type"/> are required.
/// </summary>
/// <remarks>
/// Rewards are spent with <c>redeem</c> arrays at four levels: the whole order (<see cref="Order.Redeem"/>), a
/// product line, shipping, and the top-level <see cref="Redeem"/>, which Masivo does not check against the order
/// (its documented use is to take balance away by hand). With <see cref="Fulfilled"/> set to
/// <see langword="false"/>, redemptions are reserved and accumulations held until <see cref="EventsClient.FulfillAsync"/>;
/// unfulfilled events expire after 24 hours, or after <see cref="Reserve"/> days.
/// </remarks>
public sealed class SendEventRequest : MasivoModel
{
    /// <summary>Gets or sets the customer's id in your system (required).</summary>
    [JsonPropertyName("customer_id")] public string? CustomerId { get; set; }

    /// <summary>Gets or sets the id of the brand the event comes from (required).</summary>
    [JsonPropertyName("brand_id")] public string? BrandId { get; set; }

    /// <summary>Gets or sets the event's type (required): <see cref="BehaviorEventType.Purchase"/>, or a custom type such as <c>"REVIEW_WRITTEN"</c>.</summary>
    [JsonPropertyName("type")] public BehaviorEventType? Type { get; set; }

    /// <summary>Gets or sets the platform the event happened on.</summary>
    [JsonPropertyName("platform")] public string? Platform { get; set; }

    /// <summary>Gets or sets the order of a purchase.</summary>
    [JsonPropertyName("order")] public Order? Order { get; set; }

    /// <summary>Gets or sets the product of an <see cref="BehaviorEventType.AddToCart"/> event.</summary>
    [JsonPropertyName("product")] public OrderProduct? Product { get; set; }

    /// <summary>
    /// Gets or sets whether the event is final. <see langword="false"/> reserves its redemptions and holds its
    /// accumulations until <see cref="EventsClient.FulfillAsync"/>; unset, Masivo takes it as fulfilled.
    /// </summary>
    [JsonPropertyName("fulfilled")] public bool? Fulfilled { get; set; }

    /// <summary>Gets or sets how many days an unfulfilled event keeps its rewards reserved; at least 1. Unset, they are reserved for 24 hours.</summary>
    [JsonPropertyName("reserve")] public int? Reserve { get; set; }

    /// <summary>
    /// Gets or sets rewards to spend outside any order. Masivo does not validate them against the order: its
    /// documentation uses them to subtract balance by hand.
    /// </summary>
    [JsonPropertyName("redeem")] public IList<OrderRedemption>? Redeem { get; set; }

    /// <summary>Gets or sets free-form tags that campaign conditions can use.</summary>
    [JsonPropertyName("tags")] public JsonObject? Tags { get; set; }

    /// <summary>Gets or sets a referral code to credit the referrer with.</summary>
    [JsonPropertyName("referral_code")] public string? ReferralCode { get; set; }

    /// <summary>Gets or sets free-form metadata, such as the <c>reason</c> of a manual correction.</summary>
    [JsonPropertyName("metadata")] public JsonObject? Metadata { get; set; }

    /// <summary>
    /// Gets or sets when the event happened; unset, Masivo uses the time it receives it. Masivo accepts only the
    /// last 72 hours and nothing in the future; the SDK refuses anything else before sending, by the client's
    /// clock, allowing it to be up to five minutes off Masivo's either way.
    /// </summary>
    [JsonPropertyName("issued_at")] public DateTimeOffset? IssuedAt { get; set; }

    /// <summary>Throws when a field Masivo requires is missing or a value is one Masivo refuses.</summary>
    internal void Validate(string paramName)
    {
        QueryValue.Required(CustomerId, "customer_id (CustomerId)", paramName);
        QueryValue.Required(BrandId, "brand_id (BrandId)", paramName);
        Require.Present(Type?.Value, "type (Type)", paramName);
        if (Reserve is < 1)
        {
            throw new ArgumentException($"reserve (Reserve) is {Reserve}; it counts the days rewards stay reserved and must be at least 1.", paramName);
        }

        RedeemItems.Validate(Redeem, "redeem", "Redeem", paramName);
        RedeemItems.Validate(Order, "order", "Order", paramName);
        RedeemItems.Validate(Product, "product", "Product", paramName);
        ModelGraph.RequireNoRepeatedMembers(this, paramName);
    }

    /// <summary>Throws when <see cref="IssuedAt"/> is outside the window Masivo accepts at <paramref name="now"/>.</summary>
    internal void ValidateAt(DateTimeOffset now, string paramName) => IssuedAtWindow.Validate(IssuedAt, now, paramName);
}
