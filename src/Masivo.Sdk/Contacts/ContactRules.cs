using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Masivo.Sdk.Internal;

/// <summary>The checks a contact sent to <c>POST /contacts</c> or <c>PUT /contacts/{id}</c> passes before it is sent.</summary>
internal static class ContactRules
{
    /// <summary>Refuses a contact with none of the fields a search finds it by.</summary>
    public static void Identified(ContactProfile contact, string paramName)
    {
        if (string.IsNullOrWhiteSpace(contact.ExternalId) && string.IsNullOrWhiteSpace(contact.Email) && string.IsNullOrWhiteSpace(contact.DocumentNumber))
        {
            throw new ArgumentException(
                "One of external_id (ExternalId), email (Email) or document_number (DocumentNumber) is required: a contact is found by them.",
                paramName);
        }
    }

    /// <summary>
    /// Refuses a contact with no field set (its JSON would be <c>{}</c>), as create refuses an empty contact: what Masivo
    /// does with an empty <c>PUT</c> is not documented, and if it replaces the contact it would wipe it.
    /// </summary>
    public static void SomethingSet<T>(T contact, JsonTypeInfo<T> json, string paramName)
        where T : ContactProfile
    {
        using var body = JsonSerializer.SerializeToDocument(contact, json);
        if (body.RootElement.ValueKind == JsonValueKind.Object && !body.RootElement.EnumerateObject().Any())
        {
            throw new ArgumentException("The contact sets no field: nothing would be updated, and Masivo does not document what an empty PUT does. Set at least one field.", paramName);
        }
    }

    /// <summary>Refuses identity fields set blank: a field left out is not sent, one set blank would be stored.</summary>
    public static void NoBlankFields(ContactProfile contact, string paramName)
    {
        Require.NotBlank(contact.ExternalId, "external_id (ExternalId)", paramName);
        Require.NotBlank(contact.Email, "email (Email)", paramName);
        Require.NotBlank(contact.DocumentNumber, "document_number (DocumentNumber)", paramName);
        Require.NotBlank(contact.DocumentType, "document_type (DocumentType)", paramName);
    }
}
