using Masivo.Sdk;

namespace Masivo.Samples.Migration;

/// <summary>Masivo's documented rules for migrated records, checked before anything is sent.</summary>
internal static class RecordRules
{
    public static string? Check<T>(T record) => record switch
    {
        ContactMigrationRecord contact => Contact(contact),
        CustomerMigrationRecord customer => Customer(customer),
        _ => null,
    };

    private static string? Contact(ContactMigrationRecord contact) =>
        string.IsNullOrWhiteSpace(contact.ExternalId) && string.IsNullOrWhiteSpace(contact.Email) && string.IsNullOrWhiteSpace(contact.DocumentNumber)
            ? "needs external_id, email or document_number to be matched"
            : null;

    private static string? Customer(CustomerMigrationRecord customer)
    {
        var missing = new[]
        {
            ("id", string.IsNullOrWhiteSpace(customer.Id)),
            ("name", string.IsNullOrWhiteSpace(customer.Name)),
            ("email", string.IsNullOrWhiteSpace(customer.Email)),
            ("registration_date", customer.RegistrationDate is null),
        }.Where(f => f.Item2).Select(f => f.Item1).ToList();
        if (missing.Count > 0)
        {
            return "misses " + string.Join(", ", missing);
        }

        if (string.IsNullOrEmpty(customer.DocumentType) != string.IsNullOrEmpty(customer.DocumentNumber))
        {
            return "has only one of document_type and document_number";
        }

        if (customer.DocumentNumber?.Length > CustomerMigrationRecord.DocumentNumberMaxLength)
        {
            return $"has a document_number over {CustomerMigrationRecord.DocumentNumberMaxLength} characters";
        }

        return customer.Country?.Length > CustomerMigrationRecord.CountryMaxLength
            ? $"has a country over {CustomerMigrationRecord.CountryMaxLength} characters"
            : null;
    }
}
