using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>A customer and its wallet, as returned when the customer is created.</summary>
public sealed class CustomerWithWallet : MasivoModel
{
    /// <summary>Gets or sets the customer.</summary>
    [JsonPropertyName("customer")] public Customer? Customer { get; set; }

    /// <summary>Gets or sets the customer's wallet.</summary>
    [JsonPropertyName("wallet")] public Wallet? Wallet { get; set; }
}
