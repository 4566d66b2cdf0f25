using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>
/// The real identity of an anonymous customer for <see cref="CustomersClient.IdentifyAnonymousAsync"/>.
/// <see cref="Name"/> and <see cref="Email"/> are required (they replace the placeholders an anonymous
/// customer was given); <see cref="NewId"/> changes the customer's id while identifying it.
/// </summary>
public sealed class IdentifyCustomerRequest : MasivoModel
{
    /// <summary>Gets or sets the customer's full name.</summary>
    [JsonPropertyName("name")] public string? Name { get; set; }

    /// <summary>Gets or sets the customer's email address.</summary>
    [JsonPropertyName("email")] public string? Email { get; set; }

    /// <summary>Gets or sets the customer's new id in your system, if it changes; the customer is then read with this id.</summary>
    [JsonPropertyName("new_id")] public string? NewId { get; set; }

    /// <summary>Gets or sets the customer's gender.</summary>
    [JsonPropertyName("gender")] public Gender? Gender { get; set; }

    /// <summary>Gets or sets the customer's date of birth (a date-time on the wire).</summary>
    [JsonPropertyName("dob")] public DateTimeOffset? Dob { get; set; }

    /// <summary>Gets or sets the identity document type; requires <see cref="DocumentNumber"/>.</summary>
    [JsonPropertyName("document_type")] public string? DocumentType { get; set; }

    /// <summary>Gets or sets the identity document number; requires <see cref="DocumentType"/>.</summary>
    [JsonPropertyName("document_number")] public string? DocumentNumber { get; set; }

    /// <summary>Gets or sets the country.</summary>
    [JsonPropertyName("country")] public string? Country { get; set; }

    /// <summary>Gets or sets free-form tags that campaign conditions can use.</summary>
    [JsonPropertyName("tags")] public JsonObject? Tags { get; set; }

    /// <summary>Gets or sets the customer's devices for push notifications; each needs its device_token.</summary>
    [JsonPropertyName("devices")] public IList<CustomerDevice>? Devices { get; set; }

    /// <summary>Gets or sets whether the email address is known to be deliverable, such as <see cref="Sdk.EmailStatus.Valid"/>.</summary>
    [JsonPropertyName("email_status")] public EmailStatus? EmailStatus { get; set; }

    /// <summary>Gets or sets the customer's consent.</summary>
    [JsonPropertyName("consent")] public CustomerConsent? Consent { get; set; }

    /// <summary>Gets or sets free-form metadata.</summary>
    [JsonPropertyName("metadata")] public JsonObject? Metadata { get; set; }

    /// <summary>Throws when a required field is missing, the new id could not be read back, or a device has no token.</summary>
    internal void Validate(string paramName)
    {
        Require.Present(Name, "name (Name)", paramName);
        Require.Present(Email, "email (Email)", paramName);
        PathSegment.ValidateNewId(NewId, "new_id (NewId)", paramName);
        Require.Together(DocumentType, "document_type (DocumentType)", DocumentNumber, "document_number (DocumentNumber)", paramName);
        CustomerArguments.Devices(Devices, "devices", paramName);
        ModelGraph.RequireNoRepeatedMembers(this, paramName);
    }
}
