using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>
/// A reward to spend against an order, a product line, shipping, or (at the top of a <see cref="SendEventRequest"/>)
/// the customer's balance itself. Masivo names the reward's id <c>id</c>, not <c>reward_id</c>.
/// </summary>
public sealed class OrderRedemption : MasivoModel
{
    /// <summary>Gets or sets the id of the redeemed reward.</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }

    /// <summary>Gets or sets the amount of the reward to spend; more than zero (points, say, for a <c>POINTS</c> reward).</summary>
    [JsonPropertyName("amount")] public decimal? Amount { get; set; }
}
