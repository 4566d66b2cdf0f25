using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>The total a wallet holds of one reward.</summary>
public sealed class WalletTotal : MasivoModel
{
    /// <summary>Gets or sets the total amount.</summary>
    [JsonPropertyName("total")] public decimal? Total { get; set; }

    /// <summary>Gets or sets the reward id.</summary>
    [JsonPropertyName("reward_id")] public string? RewardId { get; set; }

    /// <summary>Gets or sets when the total expires.</summary>
    [JsonPropertyName("expiration_date")] public DateTimeOffset? ExpirationDate { get; set; }

    /// <summary>Gets or sets the reward.</summary>
    [JsonPropertyName("reward")] public Reward? Reward { get; set; }
}
