using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>A postal address of a contact.</summary>
public sealed class ContactAddress : MasivoModel
{
    /// <summary>Gets or sets the first street line.</summary>
    [JsonPropertyName("street_1")] public string? Street1 { get; set; }

    /// <summary>Gets or sets the second street line.</summary>
    [JsonPropertyName("street_2")] public string? Street2 { get; set; }

    /// <summary>Gets or sets the street number.</summary>
    [JsonPropertyName("street_number")] public string? StreetNumber { get; set; }

    /// <summary>Gets or sets a free-text reference that helps find the address.</summary>
    [JsonPropertyName("reference")] public string? Reference { get; set; }

    /// <summary>Gets or sets the contact's name for this address, such as "Home".</summary>
    [JsonPropertyName("alias")] public string? Alias { get; set; }

    /// <summary>Gets or sets the postal code.</summary>
    [JsonPropertyName("zip_code")] public string? ZipCode { get; set; }

    /// <summary>Gets or sets the city.</summary>
    [JsonPropertyName("city")] public string? City { get; set; }

    /// <summary>Gets or sets the state or province.</summary>
    [JsonPropertyName("state")] public string? State { get; set; }

    /// <summary>Gets or sets the country.</summary>
    [JsonPropertyName("country")] public string? Country { get; set; }
}
