using System.Text.Json.Serialization;

namespace Masivo.Sdk.Internal;

/// <summary>The body of <c>POST /customers/migrate</c>.</summary>
internal sealed class CustomerMigrationBatch(IReadOnlyList<CustomerMigrationRecord> customers)
{
    [JsonPropertyName("customers")] public IReadOnlyList<CustomerMigrationRecord> Customers { get; } = customers;
}
