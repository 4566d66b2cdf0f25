using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>An identity-resolution rule that grouped a contact into a persona.</summary>
public sealed class IdentityResolution : MasivoModel
{
    /// <summary>Gets or sets the rule's matching conditions.</summary>
    [JsonPropertyName("conditions")] public JsonArray? Conditions { get; set; }

    /// <summary>Gets or sets the largest number of contacts the rule may group.</summary>
    [JsonPropertyName("max_group_size")] public int? MaxGroupSize { get; set; }

    /// <summary>Gets or sets the time windows the rule applies in.</summary>
    [JsonPropertyName("temporal_limits")] public JsonArray? TemporalLimits { get; set; }

    /// <summary>Gets or sets the rule's description.</summary>
    [JsonPropertyName("description")] public string? Description { get; set; }

    /// <summary>Gets or sets a value indicating whether this is the account's default rule.</summary>
    [JsonPropertyName("isDefault")] public bool? IsDefault { get; set; }
}
