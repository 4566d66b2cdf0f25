using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>One issuance of a reward: a wallet line, an accumulation or a redemption.</summary>
public sealed class WalletLine : MasivoModel
{
    /// <summary>Gets or sets the amount of the reward.</summary>
    [JsonPropertyName("amount")] public decimal? Amount { get; set; }

    /// <summary>Gets or sets the reward id.</summary>
    [JsonPropertyName("reward_id")] public string? RewardId { get; set; }

    /// <summary>Gets or sets the campaign that issued it.</summary>
    [JsonPropertyName("campaign_id")] public string? CampaignId { get; set; }

    /// <summary>Gets or sets the brand that owns the reward.</summary>
    [JsonPropertyName("brand_id")] public string? BrandId { get; set; }

    /// <summary>Gets or sets when it was issued.</summary>
    [JsonPropertyName("issued_at")] public DateTimeOffset? IssuedAt { get; set; }

    /// <summary>Gets or sets when it expires.</summary>
    [JsonPropertyName("expiration_date")] public DateTimeOffset? ExpirationDate { get; set; }

    /// <summary>Gets or sets until when it is reserved, if it is.</summary>
    [JsonPropertyName("reservation_expires_at")] public DateTimeOffset? ReservationExpiresAt { get; set; }
}
