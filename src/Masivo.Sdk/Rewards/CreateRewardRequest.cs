using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>The body of <see cref="RewardsClient.CreateAsync"/>: a reward for the account's catalogue.</summary>
public sealed class CreateRewardRequest : MasivoModel
{
    /// <summary>Gets or sets the brand offering the reward; <see langword="null"/> for a reward of every brand.</summary>
    [JsonPropertyName("brand_id")] public string? BrandId { get; set; }

    /// <summary>Gets or sets the reward's name; required.</summary>
    [JsonPropertyName("name")] public string? Name { get; set; }

    /// <summary>Gets or sets the reward's description.</summary>
    [JsonPropertyName("description")] public string? Description { get; set; }

    /// <summary>Gets or sets the kind of reward; required.</summary>
    [JsonPropertyName("type")] public RewardType? Type { get; set; }

    /// <summary>Gets or sets the conditions of use: any inner list may be satisfied, all of its conditions must be.</summary>
    [JsonPropertyName("conditions")] public IList<IList<Condition>>? Conditions { get; set; }

    /// <summary>
    /// Gets or sets the reward's attributes, such as <c>{"conversion_factor": 0.1}</c> (the money value of one point) for
    /// <see cref="RewardType.Points"/>; the keys of other kinds are not documented, so the object is sent as given.
    /// </summary>
    [JsonPropertyName("attributes")] public JsonObject? Attributes { get; set; }

    /// <summary>Throws when name or type is missing.</summary>
    internal void Validate(string paramName)
    {
        Require.Present(Name, "name (Name)", paramName);
        Require.Present(Type, "type (Type)", paramName);
        ConditionList.Validate(Conditions, "conditions", paramName);
    }
}
