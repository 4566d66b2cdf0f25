using System.Text.Json.Serialization;

namespace Masivo.Sdk.Internal;

/// <summary>The body of <c>POST /customers/migrate/events</c>.</summary>
internal sealed class CustomerEventsMigrationBatch(IReadOnlyList<CustomerEventsMigrationRecord> customers)
{
    [JsonPropertyName("customers")] public IReadOnlyList<CustomerEventsMigrationRecord> Customers { get; } = customers;
}
