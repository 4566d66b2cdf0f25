using System.Globalization;

namespace Masivo.Sdk.Internal;

/// <summary>
/// The one list of a contact search's query parameters: each one's name on the wire, its property and
/// how its value is written. Validation, the request (<see cref="ContactsEndpoints.Search"/>) and the logs
/// read it; a test holds <see cref="IContactsApi.SearchAsync"/>'s parameters to it, in order.
/// </summary>
internal static class ContactSearchFields
{
    private static readonly ContactSearchField[] Fields =
    [
        new("external_id", nameof(ContactSearchQuery.ExternalId), static q => q.ExternalId),
        new("email", nameof(ContactSearchQuery.Email), static q => q.Email),
        new("document_number", nameof(ContactSearchQuery.DocumentNumber), static q => q.DocumentNumber),
        new("document_type", nameof(ContactSearchQuery.DocumentType), static q => q.DocumentType),
        new("persona_id", nameof(ContactSearchQuery.PersonaId), static q => q.PersonaId),
        new("first_name", nameof(ContactSearchQuery.FirstName), static q => q.FirstName),
        new("last_name", nameof(ContactSearchQuery.LastName), static q => q.LastName),
        new("second_last_name", nameof(ContactSearchQuery.SecondLastName), static q => q.SecondLastName),
        new("dob", nameof(ContactSearchQuery.Dob), static q => q.Dob?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("phone", nameof(ContactSearchQuery.Phone), static q => q.Phone),
        new("gender", nameof(ContactSearchQuery.Gender), static q => q.Gender?.Value),
        new("country", nameof(ContactSearchQuery.Country), static q => q.Country),
        new("city", nameof(ContactSearchQuery.City), static q => q.City),
        new("source", nameof(ContactSearchQuery.Source), static q => q.Source),
        new("channel", nameof(ContactSearchQuery.Channel), static q => q.Channel),
    ];

    public static IReadOnlyList<ContactSearchField> All => Fields;

    /// <summary>The value of field <paramref name="index"/> of <see cref="All"/>; <see langword="null"/> where it is not set (left out of the URL).</summary>
    public static string? ValueAt(ContactSearchQuery query, int index) => Fields[index].ValueOf(query);

    /// <summary>The names of the fields that are set, for logs (values are personal data and never logged).</summary>
    public static IEnumerable<string> NamesSetIn(ContactSearchQuery query) =>
        Fields.Where(field => field.ValueOf(query) is not null).Select(field => field.Name);

    /// <summary>Throws when a value is set blank (null leaves it out) or holds a control character or a lone surrogate, naming the field.</summary>
    public static void RequireFilters(ContactSearchQuery query, string paramName)
    {
        foreach (var field in Fields)
        {
            QueryValue.Filter(field.ValueOf(query), $"{field.Name} ({field.Property})", paramName);
        }
    }

    /// <summary>Throws when a value is too long for a URL, naming the field; nothing is written out for the values that fit.</summary>
    public static void RequireLengthAtMost(ContactSearchQuery query, int maxLength, string paramName)
    {
        foreach (var field in Fields)
        {
            if (field.ValueOf(query) is { } value && value.Length > maxLength)
            {
                Require.MaxLength(value, maxLength, $"{field.Name} ({field.Property})", paramName);
            }
        }
    }
}

/// <summary>One query parameter of a contact search.</summary>
/// <param name="Name">Its name on the wire, such as <c>external_id</c>.</param>
/// <param name="Property">The <see cref="ContactSearchQuery"/> property that holds it.</param>
/// <param name="ValueOf">Its value as the URL carries it.</param>
internal sealed record ContactSearchField(string Name, string Property, Func<ContactSearchQuery, string?> ValueOf);
