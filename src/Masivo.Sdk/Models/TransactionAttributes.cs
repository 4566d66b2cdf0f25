using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>What a <see cref="Transaction"/> moved: the wallet line, and the name of the campaign behind it.</summary>
public sealed class TransactionAttributes : MasivoModel
{
    /// <summary>Gets or sets the wallet line the transaction added or consumed.</summary>
    [JsonPropertyName("line")] public WalletLine? Line { get; set; }

    /// <summary>Gets or sets the name of the campaign that created the transaction.</summary>
    [JsonPropertyName("campaign_name")] public string? CampaignName { get; set; }
}
