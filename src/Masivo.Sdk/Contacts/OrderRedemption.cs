using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>A reward redeemed against an order, a product or shipping.</summary>
public sealed class OrderRedemption : MasivoModel
{
    /// <summary>Gets or sets the id of the redeemed reward.</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }

    /// <summary>Gets or sets the amount of the reward redeemed.</summary>
    [JsonPropertyName("amount")] public decimal? Amount { get; set; }
}
