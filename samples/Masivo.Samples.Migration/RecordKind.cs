using Masivo.Sdk;

namespace Masivo.Samples.Migration;

/// <summary>What a file holds.</summary>
internal enum RecordKind
{
    Contacts,
    Customers,

    /// <summary>Customers' past events: one customer per JSON line, <c>{"id":"…","events":[…]}</c>.</summary>
    CustomerEvents,

    /// <summary>Customers' past transactions: one customer per JSON line, <c>{"id":"…","transactions":[…]}</c>.</summary>
    CustomerTransactions,
}

/// <summary>
/// The facts of each kind: its batch sizes, what it is called, whether it reads CSV and takes a time zone,
/// and, for the two history kinds, what each customer's line holds and how many of them a request may hold.
/// </summary>
internal static class RecordKinds
{
    /// <summary>The most records one migration request may hold, for contacts and customers alike.</summary>
    public const int MaxBatchSize = MigrationOptions.MaxBatchSize;

    /// <summary>
    /// The most records a request of this kind may hold: 10,000 contacts or customers; 1,000 customers of a
    /// history kind, since a request holds at most 1,000 events (or transactions) in all and each customer at least one.
    /// </summary>
    public static int BatchSizeLimit(this RecordKind kind) => kind.ItemLimit() ?? MaxBatchSize;

    public static int DefaultBatchSize(this RecordKind kind) => kind switch
    {
        RecordKind.Contacts => ContactsClient.DefaultMigrationBatchSize,
        RecordKind.Customers => CustomersClient.DefaultMigrationBatchSize,
        _ => kind.BatchSizeLimit(),
    };

    /// <summary>Customers above Masivo's advised 1,000 per request are only accepted by some accounts.</summary>
    public static bool IsAboveAdvised(this RecordKind kind, int batchSize) =>
        kind == RecordKind.Customers && batchSize > CustomersClient.DefaultMigrationBatchSize;

    /// <summary>Whether the kind is read from CSV as well as JSON Lines: a history, a list per customer, is JSON Lines only.</summary>
    public static bool ReadsCsv(this RecordKind kind) => kind.ItemName() is null;

    /// <summary>Whether <c>--time-zone</c> applies: only contacts migrations take one.</summary>
    public static bool TakesTimeZone(this RecordKind kind) => kind == RecordKind.Contacts;

    /// <summary>What the records are, as messages name them: <c>contacts</c>, <c>customers' events</c>.</summary>
    public static string Noun(this RecordKind kind) => kind switch
    {
        RecordKind.CustomerEvents => "customers' events",
        RecordKind.CustomerTransactions => "customers' transactions",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>What a customer's line of a history kind holds (<c>events</c>, <c>transactions</c>); <see langword="null"/> for the other kinds.</summary>
    public static string? ItemName(this RecordKind kind) => kind switch
    {
        RecordKind.CustomerEvents => "events",
        RecordKind.CustomerTransactions => "transactions",
        _ => null,
    };

    /// <summary>The most events (or transactions) one request may hold in all, and so one customer; <see langword="null"/> for the kinds not limited so.</summary>
    public static int? ItemLimit(this RecordKind kind) => kind switch
    {
        RecordKind.CustomerEvents => CustomersClient.MaxMigratedEventsPerRequest,
        RecordKind.CustomerTransactions => CustomersClient.MaxMigratedTransactionsPerRequest,
        _ => null,
    };

    /// <summary>The events or transactions a record holds; 0 for a contact or a customer.</summary>
    public static int ItemsOf<T>(T record) => record switch
    {
        CustomerEventsMigrationRecord customer => customer.Events?.Count ?? 0,
        CustomerTransactionsMigrationRecord customer => customer.Transactions?.Count ?? 0,
        _ => 0,
    };
}
