using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>
/// A contact to import with <see cref="ContactsClient.MigrateAsync(IEnumerable{ContactMigrationRecord}, MigrationOptions?, CancellationToken)"/>.
/// A migration is an upsert: Masivo matches contacts by their identity fields.
/// </summary>
public sealed class ContactMigrationRecord : ContactProfile
{
    /// <summary>Gets or sets an order to import with the contact.</summary>
    [JsonPropertyName("order")] public Order? Order { get; set; }
}
