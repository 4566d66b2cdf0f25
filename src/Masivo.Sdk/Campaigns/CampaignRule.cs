using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>One rule of a campaign: when its conditions hold, its effects are granted.</summary>
public sealed class CampaignRule : MasivoModel
{
    /// <summary>Gets or sets the rule's conditions: any inner list may be satisfied, all of its conditions must be.</summary>
    [JsonPropertyName("conditions")] public IList<IList<Condition>>? Conditions { get; set; }

    /// <summary>Gets or sets what the rule grants.</summary>
    [JsonPropertyName("effects")] public IList<CampaignEffect>? Effects { get; set; }
}
