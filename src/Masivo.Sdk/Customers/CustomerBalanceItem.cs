using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>A starting wallet item of a migrated customer.</summary>
public sealed class CustomerBalanceItem : MasivoModel
{
    /// <summary>Gets or sets the reward id.</summary>
    [JsonPropertyName("reward_id")] public string? RewardId { get; set; }

    /// <summary>Gets or sets the amount of the reward.</summary>
    [JsonPropertyName("amount")] public decimal? Amount { get; set; }

    /// <summary>Gets or sets when the item expires; <see langword="null"/> when the amount is 0.</summary>
    [JsonPropertyName("expiration_date")] public DateTimeOffset? ExpirationDate { get; set; }

    /// <summary>Gets or sets the id of the brand that owns the reward.</summary>
    [JsonPropertyName("brand_id")] public string? BrandId { get; set; }

    /// <summary>Gets or sets the id of the channel that owns the reward.</summary>
    [JsonPropertyName("channel_id")] public string? ChannelId { get; set; }

    /// <summary>Gets or sets the id of the store that owns the reward.</summary>
    [JsonPropertyName("store_id")] public string? StoreId { get; set; }

    /// <summary>Gets or sets when the item was originally issued; Masivo defaults it to now.</summary>
    [JsonPropertyName("issued_at")] public DateTimeOffset? IssuedAt { get; set; }

    /// <summary>Gets or sets who funded the rewards of this item.</summary>
    [JsonPropertyName("funded_by")] public string? FundedBy { get; set; }
}
