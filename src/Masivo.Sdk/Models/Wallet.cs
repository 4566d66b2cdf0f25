using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>A customer's wallet: every reward issuance and the totals by reward.</summary>
public sealed class Wallet : MasivoModel
{
    /// <summary>Gets or sets the wallet id.</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }

    /// <summary>Gets or sets the id of the wallet's owner.</summary>
    [JsonPropertyName("owner_id")] public string? OwnerId { get; set; }

    /// <summary>Gets or sets the wallet's lines.</summary>
    [JsonPropertyName("lines")] public IList<WalletLine>? Lines { get; set; }

    /// <summary>Gets or sets the totals by reward.</summary>
    [JsonPropertyName("totals")] public IList<WalletTotal>? Totals { get; set; }
}
