using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>The fields a contact has both when it is migrated and when it is read back.</summary>
public abstract class ContactProfile : MasivoModel
{
    /// <summary>Gets or sets when the contact was created in your system.</summary>
    [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>Gets or sets when the contact was last updated.</summary>
    [JsonPropertyName("updated_at")] public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Gets or sets when the contact was deleted, if it was.</summary>
    [JsonPropertyName("deleted_at")] public DateTimeOffset? DeletedAt { get; set; }

    /// <summary>Gets or sets the contact's id in your system.</summary>
    [JsonPropertyName("external_id")] public string? ExternalId { get; set; }

    /// <summary>Gets or sets the first name.</summary>
    [JsonPropertyName("first_name")] public string? FirstName { get; set; }

    /// <summary>Gets or sets the second (middle) name.</summary>
    [JsonPropertyName("second_name")] public string? SecondName { get; set; }

    /// <summary>Gets or sets the last name.</summary>
    [JsonPropertyName("last_name")] public string? LastName { get; set; }

    /// <summary>Gets or sets the second last name.</summary>
    [JsonPropertyName("second_last_name")] public string? SecondLastName { get; set; }

    /// <summary>Gets or sets the email address.</summary>
    [JsonPropertyName("email")] public string? Email { get; set; }

    /// <summary>Gets or sets a value indicating whether the email address was verified.</summary>
    [JsonPropertyName("email_verified")] public bool? EmailVerified { get; set; }

    /// <summary>Gets or sets the date of birth.</summary>
    [JsonPropertyName("dob")] public DateOnly? Dob { get; set; }

    /// <summary>Gets or sets the gender.</summary>
    [JsonPropertyName("gender")] public Gender? Gender { get; set; }

    /// <summary>Gets or sets the country.</summary>
    [JsonPropertyName("country")] public string? Country { get; set; }

    /// <summary>Gets or sets the city.</summary>
    [JsonPropertyName("city")] public string? City { get; set; }

    /// <summary>Gets or sets the phone number.</summary>
    [JsonPropertyName("phone")] public string? Phone { get; set; }

    /// <summary>Gets or sets a value indicating whether the contact is anonymous.</summary>
    [JsonPropertyName("is_anonymous")] public bool? IsAnonymous { get; set; }

    /// <summary>Gets or sets where the contact came from.</summary>
    [JsonPropertyName("source")] public string? Source { get; set; }

    /// <summary>Gets or sets the channel the contact came through.</summary>
    [JsonPropertyName("channel")] public string? Channel { get; set; }

    /// <summary>Gets or sets a value indicating whether the phone number was verified.</summary>
    [JsonPropertyName("phone_verified")] public bool? PhoneVerified { get; set; }

    /// <summary>Gets or sets the identity document type.</summary>
    [JsonPropertyName("document_type")] public string? DocumentType { get; set; }

    /// <summary>Gets or sets the identity document number.</summary>
    [JsonPropertyName("document_number")] public string? DocumentNumber { get; set; }

    /// <summary>Gets or sets the contact's status.</summary>
    [JsonPropertyName("status")] public CustomerStatus? Status { get; set; }

    /// <summary>Gets or sets free-form tags that campaign conditions can use.</summary>
    [JsonPropertyName("tags")] public JsonObject? Tags { get; set; }

    /// <summary>Gets or sets the postal addresses.</summary>
    [JsonPropertyName("addresses")] public IList<ContactAddress>? Addresses { get; set; }

    /// <summary>Gets or sets the billing details.</summary>
    [JsonPropertyName("billing_info")] public IList<ContactBillingInfo>? BillingInfo { get; set; }

    /// <summary>Gets or sets the payment cards on file.</summary>
    [JsonPropertyName("payments")] public IList<ContactPayment>? Payments { get; set; }
}
