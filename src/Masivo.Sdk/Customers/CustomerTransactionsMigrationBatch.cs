using System.Text.Json.Serialization;

namespace Masivo.Sdk.Internal;

/// <summary>The body of <c>POST /customers/migrate/transactions</c>.</summary>
internal sealed class CustomerTransactionsMigrationBatch(IReadOnlyList<CustomerTransactionsMigrationRecord> customers)
{
    [JsonPropertyName("customers")] public IReadOnlyList<CustomerTransactionsMigrationRecord> Customers { get; } = customers;
}
