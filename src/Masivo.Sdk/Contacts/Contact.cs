using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>A contact as Masivo stores it, returned by <see cref="ContactsClient.SearchAsync"/>.</summary>
public sealed class Contact : ContactProfile
{
    /// <summary>Gets or sets Masivo's id of the contact.</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }

    /// <summary>Gets or sets the id of the persona that unifies this contact with others.</summary>
    [JsonPropertyName("persona_id")] public string? PersonaId { get; set; }

    /// <summary>Gets or sets the data Masivo keeps with the contact.</summary>
    [JsonPropertyName("data")] public ContactData? Data { get; set; }
}
