using Masivo.Sdk;

namespace Masivo.Samples.Migration;

/// <summary>What a file holds.</summary>
internal enum RecordKind
{
    Contacts,
    Customers,
}

/// <summary>The batch sizes of each kind's migration endpoint.</summary>
internal static class RecordKinds
{
    /// <summary>The most records one migration request may hold, for contacts and customers alike.</summary>
    public const int MaxBatchSize = MigrationOptions.MaxBatchSize;

    public static int DefaultBatchSize(this RecordKind kind) =>
        kind == RecordKind.Customers ? CustomersClient.DefaultMigrationBatchSize : ContactsClient.DefaultMigrationBatchSize;

    /// <summary>Customers above Masivo's advised 1,000 per request are only accepted by some accounts.</summary>
    public static bool IsAboveAdvised(this RecordKind kind, int batchSize) =>
        kind == RecordKind.Customers && batchSize > CustomersClient.DefaultMigrationBatchSize;
}
