using System.Text.Json;
using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>
/// Base of every Masivo model. Fields this version of the SDK does not know are kept in
/// <see cref="AdditionalProperties"/> and written back unchanged, so nothing the server sends is lost.
/// </summary>
public abstract class MasivoModel
{
    /// <summary>Gets or sets the JSON fields that have no property on this model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
