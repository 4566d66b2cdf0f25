using System.Globalization;

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
    /// <exception cref="ArgumentException">None of external_id, email or document_number is set.</exception>
    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(ExternalId) && string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(DocumentNumber))
        {
            throw new ArgumentException(
                "A contact search needs at least one of external_id (ExternalId), email (Email) or document_number (DocumentNumber).",
                nameof(ExternalId));
        }
    }

    /// <summary>Gets the query-string parameters, snake_case, for the fields that are set.</summary>
    internal Dictionary<string, string> ToQueryParameters()
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(parameters, "external_id", ExternalId);
        Add(parameters, "email", Email);
        Add(parameters, "document_number", DocumentNumber);
        Add(parameters, "document_type", DocumentType);
        Add(parameters, "persona_id", PersonaId);
        Add(parameters, "first_name", FirstName);
        Add(parameters, "last_name", LastName);
        Add(parameters, "second_last_name", SecondLastName);
        Add(parameters, "dob", Dob?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(parameters, "phone", Phone);
        Add(parameters, "gender", Gender?.Value);
        Add(parameters, "country", Country);
        Add(parameters, "city", City);
        Add(parameters, "source", Source);
        Add(parameters, "channel", Channel);
        return parameters;
    }

    /// <summary>Gets the names of the fields that are set, for logs that must not carry personal data.</summary>
    internal IEnumerable<string> SetFieldNames() => ToQueryParameters().Keys;

    private static void Add(Dictionary<string, string> parameters, string name, string? value)
    {
        if (value is not null)
        {
            parameters[name] = value;
        }
    }
}
