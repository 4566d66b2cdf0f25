using System.Text.Json.Serialization;

namespace Masivo.Sdk.Internal;

/// <summary>The body of <c>POST /contacts/migrate</c>.</summary>
internal sealed class ContactMigrationBatch(IReadOnlyList<ContactMigrationRecord> contacts)
{
    [JsonPropertyName("contacts")] public IReadOnlyList<ContactMigrationRecord> Contacts { get; } = contacts;
}
