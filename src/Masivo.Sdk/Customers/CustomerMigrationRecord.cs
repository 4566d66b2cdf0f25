using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>
/// A customer to import with <see cref="CustomersClient.MigrateAsync(IEnumerable{CustomerMigrationRecord}, MigrationOptions?, CancellationToken)"/>,
/// with its starting wallet, metrics and devices. Migrated customers do not fire the registration webhook.
/// </summary>
public sealed class CustomerMigrationRecord : CustomerProfile
{
    /// <summary>The longest <see cref="DocumentNumber"/> Masivo accepts.</summary>
    public const int DocumentNumberMaxLength = 50;

    /// <summary>The longest <see cref="Country"/> Masivo accepts.</summary>
    public const int CountryMaxLength = 100;

    /// <summary>Gets or sets the customer's starting wallet items.</summary>
    [JsonPropertyName("balance")] public IList<CustomerBalanceItem>? Balance { get; set; }

    /// <summary>Gets or sets the identity document type; requires <see cref="DocumentNumber"/>.</summary>
    [JsonPropertyName("document_type")] public string? DocumentType { get; set; }

    /// <summary>Gets or sets the identity document number (at most 50 characters); requires <see cref="DocumentType"/>.</summary>
    [JsonPropertyName("document_number")] public string? DocumentNumber { get; set; }

    /// <summary>Gets or sets the country (at most 100 characters).</summary>
    [JsonPropertyName("country")] public string? Country { get; set; }

    /// <summary>Gets or sets the customer's devices.</summary>
    [JsonPropertyName("devices")] public IList<CustomerDevice>? Devices { get; set; }

    /// <summary>Gets or sets free-form tags that campaign conditions can use.</summary>
    [JsonPropertyName("tags")] public JsonObject? Tags { get; set; }

    /// <summary>Throws when the record breaks a rule Masivo documents for migrated customers.</summary>
    internal void Validate(string paramName)
    {
        PathSegment.ValidateNewId(Id, "id (Id)", paramName);
        Require.Together(DocumentType, "document_type (DocumentType)", DocumentNumber, "document_number (DocumentNumber)", paramName);
        Require.MaxLength(DocumentNumber, DocumentNumberMaxLength, "document_number (DocumentNumber)", paramName);
        Require.MaxLength(Country, CountryMaxLength, "country (Country)", paramName);
    }
}
