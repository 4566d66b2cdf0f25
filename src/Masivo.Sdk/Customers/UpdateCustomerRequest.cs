using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>
/// The changes to a customer for <see cref="CustomersClient.UpdateAsync"/>: only the fields set are sent, and
/// each replaces the stored value. Masivo documents <see cref="Name"/>, <see cref="Gender"/>, <see cref="Dob"/>,
/// <see cref="Tags"/> and <see cref="Metadata"/>; the other fields are the ones its newer create and identify
/// bodies carry, not documented for this endpoint (Masivo may ignore them). A field this class lacks can be
/// sent through <see cref="MasivoModel.AdditionalProperties"/>.
/// </summary>
public sealed class UpdateCustomerRequest : MasivoModel
{
    /// <summary>Gets or sets the customer's full name.</summary>
    [JsonPropertyName("name")] public string? Name { get; set; }

    /// <summary>Gets or sets the customer's gender.</summary>
    [JsonPropertyName("gender")] public Gender? Gender { get; set; }

    /// <summary>Gets or sets the customer's date of birth (a date-time on the wire).</summary>
    [JsonPropertyName("dob")] public DateTimeOffset? Dob { get; set; }

    /// <summary>Gets or sets the customer's tags; the object sent replaces the tags stored (see <see cref="CustomersClient.SetTagsAsync"/> to upsert some).</summary>
    [JsonPropertyName("tags")] public JsonObject? Tags { get; set; }

    /// <summary>Gets or sets free-form metadata.</summary>
    [JsonPropertyName("metadata")] public JsonObject? Metadata { get; set; }

    /// <summary>Gets or sets the customer's email address (not documented for updates).</summary>
    [JsonPropertyName("email")] public string? Email { get; set; }

    /// <summary>Gets or sets the customer's phone number, such as <c>+593 99 123 4567</c> (not documented for updates).</summary>
    [JsonPropertyName("phone")] public string? Phone { get; set; }

    /// <summary>Gets or sets the identity document type; requires <see cref="DocumentNumber"/> (not documented for updates).</summary>
    [JsonPropertyName("document_type")] public string? DocumentType { get; set; }

    /// <summary>Gets or sets the identity document number; requires <see cref="DocumentType"/> (not documented for updates).</summary>
    [JsonPropertyName("document_number")] public string? DocumentNumber { get; set; }

    /// <summary>Gets or sets the country (not documented for updates).</summary>
    [JsonPropertyName("country")] public string? Country { get; set; }

    /// <summary>Throws when a field is set to what Masivo cannot store: a blank name or email, one document field without the other.</summary>
    internal void Validate(string paramName)
    {
        Require.NotBlank(Name, "name (Name)", paramName);
        Require.NotBlank(Email, "email (Email)", paramName);
        Require.Together(DocumentType, "document_type (DocumentType)", DocumentNumber, "document_number (DocumentNumber)", paramName);
        ModelGraph.RequireNoRepeatedMembers(this, paramName);
    }
}
