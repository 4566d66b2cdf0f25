using System.Text.Json.Serialization;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>The fields of a contact to store with <see cref="ContactsClient.UpdateAsync"/>.</summary>
public sealed class UpdateContactRequest : ContactProfile
{
    /// <summary>Gets or sets the id of the persona that unifies this contact with others.</summary>
    [JsonPropertyName("persona_id")] public string? PersonaId { get; set; }

    /// <summary>Throws when the request breaks a rule, naming the field.</summary>
    internal void Validate(string paramName)
    {
        ContactRules.SomethingSet(this, MasivoJsonContext.Default.UpdateContactRequest, paramName);
        ContactRules.NoBlankFields(this, paramName);
        Require.NotBlank(PersonaId, "persona_id (PersonaId)", paramName);
    }
}
