using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>Billing (invoicing) details of a contact.</summary>
public sealed class ContactBillingInfo : MasivoModel
{
    /// <summary>Gets or sets the tax document number.</summary>
    [JsonPropertyName("document_number")] public string? DocumentNumber { get; set; }

    /// <summary>Gets or sets the tax document type.</summary>
    [JsonPropertyName("document_type")] public string? DocumentType { get; set; }

    /// <summary>Gets or sets the legal name invoices are made out to.</summary>
    [JsonPropertyName("legal_name")] public string? LegalName { get; set; }

    /// <summary>Gets or sets the contact's name for these details.</summary>
    [JsonPropertyName("alias")] public string? Alias { get; set; }

    /// <summary>Gets or sets the first street line.</summary>
    [JsonPropertyName("street_1")] public string? Street1 { get; set; }

    /// <summary>Gets or sets the second street line.</summary>
    [JsonPropertyName("street_2")] public string? Street2 { get; set; }

    /// <summary>Gets or sets the street number.</summary>
    [JsonPropertyName("street_number")] public string? StreetNumber { get; set; }

    /// <summary>Gets or sets the city.</summary>
    [JsonPropertyName("city")] public string? City { get; set; }

    /// <summary>Gets or sets the state or province.</summary>
    [JsonPropertyName("state")] public string? State { get; set; }

    /// <summary>Gets or sets the country.</summary>
    [JsonPropertyName("country")] public string? Country { get; set; }

    /// <summary>Gets or sets the postal code.</summary>
    [JsonPropertyName("zip_code")] public string? ZipCode { get; set; }

    /// <summary>Gets or sets the billing phone number.</summary>
    [JsonPropertyName("phone")] public string? Phone { get; set; }

    /// <summary>Gets or sets the billing email address.</summary>
    [JsonPropertyName("email")] public string? Email { get; set; }
}
