using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>Data Masivo keeps with a contact: the raw contact, its last order and identity resolution.</summary>
public sealed class ContactData : MasivoModel
{
    /// <summary>Gets or sets the contact as it was received.</summary>
    [JsonPropertyName("contact")] public JsonObject? Contact { get; set; }

    /// <summary>Gets or sets the order received with the contact.</summary>
    [JsonPropertyName("order")] public Order? Order { get; set; }

    /// <summary>Gets or sets the identity-resolution rules that applied.</summary>
    [JsonPropertyName("identity_resolutions")] public IList<IdentityResolution>? IdentityResolutions { get; set; }
}
