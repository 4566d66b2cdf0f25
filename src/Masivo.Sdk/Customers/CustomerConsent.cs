using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>A customer's recorded consent (TCF consent string and purposes).</summary>
public sealed class CustomerConsent : MasivoModel
{
    /// <summary>Gets or sets the TCF consent string.</summary>
    [JsonPropertyName("consent_string")] public string? ConsentString { get; set; }

    /// <summary>Gets or sets the consent framework version.</summary>
    [JsonPropertyName("version")] public string? Version { get; set; }

    /// <summary>Gets or sets when consent was given.</summary>
    [JsonPropertyName("consent_timestamp")] public DateTimeOffset? ConsentTimestamp { get; set; }

    /// <summary>Gets or sets the customer the consent belongs to.</summary>
    [JsonPropertyName("customer_id")] public string? CustomerId { get; set; }

    /// <summary>Gets or sets the purposes consented to.</summary>
    [JsonPropertyName("purposes")] public ConsentPurposes? Purposes { get; set; }

    /// <summary>Gets or sets consent by vendor id.</summary>
    [JsonPropertyName("vendors")] public JsonObject? Vendors { get; set; }
}
