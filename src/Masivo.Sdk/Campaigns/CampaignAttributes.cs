using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>A campaign's attributes; those Masivo does not document are kept in <see cref="MasivoModel.AdditionalProperties"/>.</summary>
public sealed class CampaignAttributes : MasivoModel
{
    /// <summary>Gets or sets the event type that triggers the campaign, such as <c>PURCHASE</c>.</summary>
    [JsonPropertyName("trigger")] public string? Trigger { get; set; }

    /// <summary>Gets or sets who may take part, such as <c>PRIVATE</c>.</summary>
    [JsonPropertyName("privacy")] public string? Privacy { get; set; }

    /// <summary>Gets or sets the use of a coupon campaign's codes, sent only when asked for (<see cref="CampaignGetQuery.IncludeCodesSummary"/>).</summary>
    [JsonPropertyName("codes_summary")] public CampaignCodesSummary? CodesSummary { get; set; }
}
