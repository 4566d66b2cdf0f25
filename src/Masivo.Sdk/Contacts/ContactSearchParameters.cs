namespace Masivo.Sdk.Internal;

/// <summary>The query-string names of a contact search: one list for the request and the logs.</summary>
internal static class ContactSearchParameters
{
    public const string ExternalId = "external_id";
    public const string Email = "email";
    public const string DocumentNumber = "document_number";
    public const string DocumentType = "document_type";
    public const string PersonaId = "persona_id";
    public const string FirstName = "first_name";
    public const string LastName = "last_name";
    public const string SecondLastName = "second_last_name";
    public const string Dob = "dob";
    public const string Phone = "phone";
    public const string Gender = "gender";
    public const string Country = "country";
    public const string City = "city";
    public const string Source = "source";
    public const string Channel = "channel";
}
