using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>
/// A customer to register with <see cref="CustomersClient.CreateAsync"/>. <see cref="CustomerProfile.Id"/> and
/// <see cref="CustomerProfile.RegistrationDate"/> are required, and <see cref="CustomerProfile.Name"/> and
/// <see cref="CustomerProfile.Email"/> too unless <see cref="IsAnonymous"/> is set (Masivo then gives the customer
/// placeholders, until <see cref="CustomersClient.IdentifyAnonymousAsync"/> replaces them).
/// </summary>
public sealed class CreateCustomerRequest : CustomerProfile
{
    /// <summary>Gets or sets the id of the tier the customer starts in.</summary>
    [JsonPropertyName("tier_id")] public string? TierId { get; set; }

    /// <summary>Gets or sets the platforms the customer uses.</summary>
    [JsonPropertyName("platforms")] public IList<string>? Platforms { get; set; }

    /// <summary>Gets or sets a value indicating whether the customer is anonymous (Masivo's default: <see langword="false"/>).</summary>
    [JsonPropertyName("is_anonymous")] public bool? IsAnonymous { get; set; }

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

    /// <summary>Gets or sets the customer's consent.</summary>
    [JsonPropertyName("consent")] public CustomerConsent? Consent { get; set; }

    /// <summary>Gets or sets the referral code the customer signed up with, which credits the customer who referred them.</summary>
    [JsonPropertyName("referral_code")] public string? ReferralCode { get; set; }

    /// <summary>Throws when a field Masivo requires is missing, the id could not be read back (see <see cref="PathSegment"/>), the document fields are not set together, or a device has no token.</summary>
    internal void Validate(string paramName)
    {
        Require.Present(Id, "id (Id)", paramName);
        PathSegment.ValidateNewId(Id, "id (Id)", paramName);
        if (IsAnonymous != true)
        {
            Require.Present(Name, "name (Name)", paramName);
            Require.Present(Email, "email (Email)", paramName);
        }

        Require.Present(RegistrationDate, "registration_date (RegistrationDate)", paramName);
        Require.Together(DocumentType, "document_type (DocumentType)", DocumentNumber, "document_number (DocumentNumber)", paramName);
        CustomerArguments.Devices(Devices, "devices", paramName);
        ModelGraph.RequireNoRepeatedMembers(this, paramName);
    }
}
