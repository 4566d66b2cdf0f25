using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>A level of the account's tier system: what a customer needs to enter it and what makes it leave.</summary>
public sealed class Tier : MasivoModel
{
    /// <summary>Gets or sets the tier's id.</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }

    /// <summary>Gets or sets the tier's name, such as the default "Base".</summary>
    [JsonPropertyName("name")] public string? Name { get; set; }

    /// <summary>Gets or sets the tier's description.</summary>
    [JsonPropertyName("description")] public string? Description { get; set; }

    /// <summary>Gets or sets whether the tier is in use.</summary>
    [JsonPropertyName("status")] public TierStatus? Status { get; set; }

    /// <summary>Gets or sets the tier's rank, 1 to 10 (an account has at most 10 tiers).</summary>
    [JsonPropertyName("level")] public int? Level { get; set; }

    /// <summary>Gets or sets what a customer needs to enter the tier: any inner list may be satisfied, all of its conditions must be.</summary>
    [JsonPropertyName("entry_conditions")] public IList<IList<Condition>>? EntryConditions { get; set; }

    /// <summary>Gets or sets what makes a customer leave the tier, grouped as <see cref="EntryConditions"/>.</summary>
    [JsonPropertyName("exit_conditions")] public IList<IList<Condition>>? ExitConditions { get; set; }
}
