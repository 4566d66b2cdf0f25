using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>A customer of the loyalty program as Masivo returns it.</summary>
public sealed class Customer : CustomerProfile
{
    /// <summary>Gets or sets a value indicating whether the customer is anonymous.</summary>
    [JsonPropertyName("is_anonymous")] public bool? IsAnonymous { get; set; }

    /// <summary>Gets or sets the identity document type.</summary>
    [JsonPropertyName("document_type")] public string? DocumentType { get; set; }

    /// <summary>Gets or sets the identity document number.</summary>
    [JsonPropertyName("document_number")] public string? DocumentNumber { get; set; }

    /// <summary>Gets or sets the country.</summary>
    [JsonPropertyName("country")] public string? Country { get; set; }

    /// <summary>Gets or sets the id of the customer's current tier.</summary>
    [JsonPropertyName("tier_id")] public string? TierId { get; set; }

    /// <summary>Gets or sets free-form tags that campaign conditions can use.</summary>
    [JsonPropertyName("tags")] public JsonObject? Tags { get; set; }

    /// <summary>Gets or sets the customer's consent.</summary>
    [JsonPropertyName("consent")] public CustomerConsent? Consent { get; set; }

    /// <summary>Gets or sets the platforms the customer uses.</summary>
    [JsonPropertyName("platforms")] public IList<string>? Platforms { get; set; }

    /// <summary>Gets or sets the customer's phone number, such as <c>+593 99 123 4567</c>.</summary>
    [JsonPropertyName("phone")] public string? Phone { get; set; }

    /// <summary>Gets or sets a value indicating whether the phone number was verified.</summary>
    [JsonPropertyName("phone_verified")] public bool? PhoneVerified { get; set; }

    /// <summary>Gets or sets the devices registered for the customer's push notifications.</summary>
    [JsonPropertyName("devices")] public IList<CustomerDevice>? Devices { get; set; }
}
