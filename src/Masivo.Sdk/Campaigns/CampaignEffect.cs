using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>What a campaign rule grants: an amount of a reward, expiring after a relative period.</summary>
public sealed class CampaignEffect : MasivoModel
{
    /// <summary>Gets or sets the id of the reward granted.</summary>
    [JsonPropertyName("reward_id")] public string? RewardId { get; set; }

    /// <summary>Gets or sets the kind of reward granted, such as <see cref="RewardType.Points"/>.</summary>
    [JsonPropertyName("type")] public RewardType? Type { get; set; }

    /// <summary>Gets or sets the tier the effect applies to.</summary>
    [JsonPropertyName("tier_id")] public string? TierId { get; set; }

    /// <summary>Gets or sets the reward granted, as Masivo includes it.</summary>
    [JsonPropertyName("reward")] public Reward? Reward { get; set; }

    /// <summary>Gets or sets when what is granted expires, relative to the grant, as Masivo writes it: <c>"12/months"</c>.</summary>
    [JsonPropertyName("expiration_date")] public string? ExpirationDate { get; set; }

    /// <summary>Gets or sets the amount granted.</summary>
    [JsonPropertyName("amount")] public decimal? Amount { get; set; }
}
