using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>The fields every customer shape has: created, migrated or read back.</summary>
public abstract class CustomerProfile : MasivoModel
{
    /// <summary>Gets or sets the customer's unique id in your system.</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }

    /// <summary>Gets or sets the customer's status.</summary>
    [JsonPropertyName("status")] public CustomerStatus? Status { get; set; }

    /// <summary>Gets or sets the customer's full name.</summary>
    [JsonPropertyName("name")] public string? Name { get; set; }

    /// <summary>Gets or sets the customer's email address.</summary>
    [JsonPropertyName("email")] public string? Email { get; set; }

    /// <summary>Gets or sets the customer's gender.</summary>
    [JsonPropertyName("gender")] public Gender? Gender { get; set; }

    /// <summary>Gets or sets the customer's date of birth (a date-time on the wire).</summary>
    [JsonPropertyName("dob")] public DateTimeOffset? Dob { get; set; }

    /// <summary>Gets or sets when the customer registered.</summary>
    [JsonPropertyName("registration_date")] public DateTimeOffset? RegistrationDate { get; set; }

    /// <summary>Gets or sets the customer's metrics.</summary>
    [JsonPropertyName("metrics")] public CustomerMetrics? Metrics { get; set; }

    /// <summary>Gets or sets free-form metadata.</summary>
    [JsonPropertyName("metadata")] public JsonObject? Metadata { get; set; }
}
