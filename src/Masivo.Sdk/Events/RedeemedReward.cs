using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>One reward of a previewed <c>redeem</c> array, in <see cref="RedemptionsResult.Redeemed"/>.</summary>
public sealed class RedeemedReward : MasivoModel
{
    /// <summary>Gets or sets the reward's id, as requested.</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }

    /// <summary>Gets or sets the amount of the reward redeemed.</summary>
    [JsonPropertyName("amount")] public decimal? Amount { get; set; }

    /// <summary>Gets or sets the reward.</summary>
    [JsonPropertyName("reward")] public Reward? Reward { get; set; }

    /// <summary>Gets or sets why the reward cannot be redeemed (not enough balance, not redeemable at this level…); <see langword="null"/> when it can.</summary>
    [JsonPropertyName("error")] public string? Error { get; set; }
}
