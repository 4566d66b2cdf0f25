using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>A verified one-time code: the customer it was created for, its wallet, and the metadata given at creation.</summary>
public sealed class TotpVerification : MasivoModel
{
    /// <summary>Gets or sets the customer the code was created for.</summary>
    [JsonPropertyName("customer")] public Customer? Customer { get; set; }

    /// <summary>Gets or sets the customer's wallet.</summary>
    [JsonPropertyName("wallet")] public Wallet? Wallet { get; set; }

    /// <summary>Gets or sets the metadata sent when the code was created.</summary>
    [JsonPropertyName("metadata")] public JsonObject? Metadata { get; set; }
}
