using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>
/// The <c>data</c> of a <see cref="MasivoWebhookEventType.CustomerAccumulation"/> (and, read the same way,
/// <see cref="MasivoWebhookEventType.CustomerRedemption"/>) webhook: the lines that moved and the wallet after them.
/// </summary>
public sealed class WalletChangeWebhookData : MasivoModel
{
    /// <summary>Gets or sets the id of the customer whose wallet changed.</summary>
    [JsonPropertyName("customer_id")] public string? CustomerId { get; set; }

    /// <summary>Gets or sets the lines accumulated (or redeemed).</summary>
    [JsonPropertyName("lines")] public IList<WalletLine>? Lines { get; set; }

    /// <summary>Gets or sets the wallet as it is after the change.</summary>
    [JsonPropertyName("wallet")] public Wallet? Wallet { get; set; }
}
