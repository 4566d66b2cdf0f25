using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>A reward that wallets can hold.</summary>
public sealed class Reward : MasivoModel
{
    /// <summary>Gets or sets the reward id.</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }

    /// <summary>Gets or sets the id of the brand offering the reward.</summary>
    [JsonPropertyName("brand_id")] public string? BrandId { get; set; }

    /// <summary>Gets or sets the platforms the reward can be used on.</summary>
    [JsonPropertyName("platforms")] public IList<string>? Platforms { get; set; }

    /// <summary>Gets or sets the reward's name.</summary>
    [JsonPropertyName("name")] public string? Name { get; set; }

    /// <summary>Gets or sets the reward's description.</summary>
    [JsonPropertyName("description")] public string? Description { get; set; }

    /// <summary>Gets or sets the kind of reward.</summary>
    [JsonPropertyName("type")] public RewardType? Type { get; set; }

    /// <summary>Gets or sets the conditions of use: any inner list may be satisfied, all of its conditions must be.</summary>
    [JsonPropertyName("conditions")] public IList<IList<Condition>>? Conditions { get; set; }

    /// <summary>Gets or sets the reward's attributes, such as a conversion factor.</summary>
    [JsonPropertyName("attributes")] public JsonObject? Attributes { get; set; }
}
