using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>A gift card a customer won, as <see cref="CustomersClient.GetGiftCardsAsync"/> returns it.</summary>
public sealed class GiftCard : MasivoModel
{
    /// <summary>Gets or sets the code to use in the store.</summary>
    [JsonPropertyName("code")] public string? Code { get; set; }

    /// <summary>Gets or sets the id of the gift card's reward.</summary>
    [JsonPropertyName("reward_id")] public string? RewardId { get; set; }

    /// <summary>Gets or sets the id of the customer who owns the gift card.</summary>
    [JsonPropertyName("customer_id")] public string? CustomerId { get; set; }

    /// <summary>Gets or sets when the gift card was issued to the customer.</summary>
    [JsonPropertyName("rewarded_at")] public DateTimeOffset? RewardedAt { get; set; }

    /// <summary>Gets or sets the gift card's description.</summary>
    [JsonPropertyName("description")] public string? Description { get; set; }

    /// <summary>Gets or sets when the gift card expires.</summary>
    [JsonPropertyName("expired_at")] public DateTimeOffset? ExpiredAt { get; set; }

    /// <summary>Gets or sets when the gift card was redeemed; <see langword="null"/> while it has not been.</summary>
    [JsonPropertyName("redeemed_at")] public DateTimeOffset? RedeemedAt { get; set; }
}
