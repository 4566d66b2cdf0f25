using System.Globalization;
using Masivo.Sdk;

namespace Masivo.Samples.Migration;

/// <summary>
/// Masivo's documented rules for migrated records, checked before anything is sent. For customers, and for
/// customers' events and transactions, they are the SDK's own checks (which are internal to it, so they are
/// repeated here: the id of every customer, one rule for the three kinds): a record the SDK would refuse
/// mid-stream would stop the migration, so it is rejected in the first pass instead.
/// </summary>
internal static class RecordRules
{
    /// <summary>The most characters the SDK lets an id have.</summary>
    private const int MaxIdLength = 1_024;

    public static string? Check<T>(T record) => record switch
    {
        ContactMigrationRecord contact => Contact(contact),
        CustomerMigrationRecord customer => Customer(customer),
        CustomerEventsMigrationRecord customer => History(customer.Id, customer.Events, RecordKind.CustomerEvents, Event),
        CustomerTransactionsMigrationRecord customer => History(customer.Id, customer.Transactions, RecordKind.CustomerTransactions, Transaction),
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

        // The same id rule as the history kinds': the SDK refuses such an id mid-stream, which would stop the migration.
        if (IdProblem(customer.Id) is { } idProblem)
        {
            return idProblem;
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

    /// <summary>
    /// A customer's history: an id that can travel in a request path, and at least one and at most 1,000
    /// items (events or transactions), none of them null and each with what <paramref name="itemProblem"/> requires.
    /// </summary>
    private static string? History<TItem>(string? id, IList<TItem>? items, RecordKind kind, Func<TItem, string?> itemProblem)
        where TItem : class
    {
        if (IdProblem(id) is { } problem)
        {
            return problem;
        }

        var name = kind.ItemName()!;
        var limit = kind.ItemLimit()!.Value;
        if (items is null || items.Count == 0)
        {
            return $"customer '{id}' has no {name}: every customer needs at least one";
        }

        if (items.Count > limit)
        {
            return string.Create(CultureInfo.InvariantCulture, $"customer '{id}' holds {items.Count:N0} {name}; a request may hold at most {limit:N0}") + (kind == RecordKind.CustomerEvents
                ? " (events may be migrated in several passes: split them over several lines)"
                : " (a customer's transactions are migrated in one pass)");
        }

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i] is { } present ? itemProblem(present) : "is null";
            if (item is not null)
            {
                return string.Create(CultureInfo.InvariantCulture, $"customer '{id}' has {name}[{i}] that {item}");
            }
        }

        return null;
    }

    /// <summary>The fields Masivo requires of a migrated event.</summary>
    private static string? Event(MigratedEvent migrated)
    {
        var missing = new[]
        {
            ("type", string.IsNullOrWhiteSpace(migrated.Type?.Value)),
            ("order", migrated.Order is null),
            ("fulfilled", migrated.Fulfilled is null),
            ("issued_at", migrated.IssuedAt is null),
            ("resolved_at", migrated.ResolvedAt is null),
        }.Where(f => f.Item2).Select(f => f.Item1).ToList();
        return missing.Count > 0 ? "misses " + string.Join(", ", missing) : null;
    }

    /// <summary>The fields the SDK requires of a migrated transaction.</summary>
    private static string? Transaction(MigratedTransaction migrated)
    {
        var missing = new[]
        {
            ("type", string.IsNullOrWhiteSpace(migrated.Type?.Value)),
            ("amount", migrated.Amount is null),
            ("issued_at", migrated.IssuedAt is null),
        }.Where(f => f.Item2).Select(f => f.Item1).ToList();
        return missing.Count > 0 ? "misses " + string.Join(", ", missing) : null;
    }

    /// <summary>
    /// The SDK's rule for the id of a customer it sends (ids travel in request paths): present, not <c>.</c> or
    /// <c>..</c>, at most 1,024 characters, no control character and no lone surrogate.
    /// </summary>
    internal static string? IdProblem(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return "misses id";
        }

        if (id is "." or "..")
        {
            return $"has the id '{id}', which is a relative path segment, not an id";
        }

        if (id.Length > MaxIdLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"has an id of {id.Length:N0} characters; an id travels in request paths and may have at most {MaxIdLength:N0}");
        }

        for (var i = 0; i < id.Length; i++)
        {
            if (char.IsControl(id[i]))
            {
                return string.Create(CultureInfo.InvariantCulture, $"has an id holding a control character (U+{(int)id[i]:X4}) at index {i}");
            }

            if (char.IsHighSurrogate(id[i]) && i + 1 < id.Length && char.IsLowSurrogate(id[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(id[i]))
            {
                return string.Create(CultureInfo.InvariantCulture, $"has an id holding a lone surrogate (U+{(int)id[i]:X4}) at index {i}");
            }
        }

        return null;
    }
}
