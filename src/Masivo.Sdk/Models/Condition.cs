using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>
/// One condition of a reward's use, a tier's entry or exit, or a campaign rule, such as a minimum order value. Masivo
/// groups them as <c>Condition[][]</c>: the outer list is an OR of its inner lists, each an AND of its conditions.
/// </summary>
public sealed class Condition : MasivoModel
{
    /// <summary>Gets or sets what the condition looks at, such as "Order Value".</summary>
    [JsonPropertyName("type")] public string? Type { get; set; }

    /// <summary>Gets or sets the comparison, as Masivo spells it.</summary>
    [JsonPropertyName("operator")] public string? Operator { get; set; }

    /// <summary>Gets or sets the primitive type of <see cref="Value"/>.</summary>
    [JsonPropertyName("primitive")] public string? Primitive { get; set; }

    /// <summary>Gets or sets the value compared against, of any JSON type.</summary>
    [JsonPropertyName("value")] public JsonNode? Value { get; set; }
}
