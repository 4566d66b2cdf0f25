using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>
/// Criteria for <see cref="ContactsClient.SearchAsync"/>. At least one of <see cref="ExternalId"/>,
/// <see cref="Email"/> or <see cref="DocumentNumber"/> is required; the other fields narrow the search.
/// </summary>
public sealed class ContactSearchQuery
{
    /// <summary>Gets or sets the contact's id in your system.</summary>
    public string? ExternalId { get; set; }

    /// <summary>Gets or sets the email address.</summary>
    public string? Email { get; set; }

    /// <summary>Gets or sets the identity document number.</summary>
    public string? DocumentNumber { get; set; }

    /// <summary>Gets or sets the identity document type.</summary>
    public string? DocumentType { get; set; }

    /// <summary>Gets or sets the persona id that unifies contacts.</summary>
    public string? PersonaId { get; set; }

    /// <summary>Gets or sets the first name.</summary>
    public string? FirstName { get; set; }

    /// <summary>Gets or sets the last name.</summary>
    public string? LastName { get; set; }

    /// <summary>Gets or sets the second last name.</summary>
    public string? SecondLastName { get; set; }

    /// <summary>Gets or sets the date of birth.</summary>
    public DateOnly? Dob { get; set; }

    /// <summary>Gets or sets the phone number.</summary>
    public string? Phone { get; set; }

    /// <summary>Gets or sets the gender.</summary>
    public Gender? Gender { get; set; }

    /// <summary>Gets or sets the country.</summary>
    public string? Country { get; set; }

    /// <summary>Gets or sets the city.</summary>
    public string? City { get; set; }

    /// <summary>Gets or sets the source.</summary>
    public string? Source { get; set; }

    /// <summary>Gets or sets the channel.</summary>
    public string? Channel { get; set; }

    /// <summary>Throws when the query cannot be sent as it is.</summary>
    /// <exception cref="ArgumentException">None of external_id, email or document_number is set, or a value is too long for a URL, set blank (null leaves it out), or holds a control character or a lone surrogate.</exception>
    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(ExternalId) && string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(DocumentNumber))
        {
            throw new ArgumentException(
                "A contact search needs at least one of external_id (ExternalId), email (Email) or document_number (DocumentNumber).",
                nameof(ExternalId));
        }

        // A search travels in the URL: a value this long can only be a mistake, and a URL of megabytes
        // fails on the way as if the connection had broken.
        ContactSearchFields.RequireLengthAtMost(this, MaxValueLength, "query");
        ContactSearchFields.RequireFilters(this, "query");
    }

    /// <summary>The longest value a search sends in its URL.</summary>
    internal const int MaxValueLength = 1024;
}
