using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Masivo.Sdk.Internal;

/// <summary>The body of <c>POST auth/totp</c>: the customer the code is for, and free metadata returned when it is verified.</summary>
internal sealed class TotpCodeBody(string customerId, JsonObject? metadata)
{
    [JsonPropertyName("customer_id")] public string CustomerId { get; } = customerId;

    [JsonPropertyName("metadata")] public JsonObject? Metadata { get; } = metadata;

    /// <summary>Throws when the customer id is missing.</summary>
    internal void Validate(string paramName)
    {
        ArgumentNullException.ThrowIfNull(CustomerId, paramName);
        QueryValue.Required(CustomerId, "customer_id (customerId)", paramName);
    }
}
