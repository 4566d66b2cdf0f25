using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>The outcome of a coupon redemption: the updated customer and wallet, and what was issued and spent.</summary>
public sealed class CouponRedemption : MasivoModel
{
    /// <summary>Gets or sets the customer.</summary>
    [JsonPropertyName("customer")] public Customer? Customer { get; set; }

    /// <summary>Gets or sets the customer's wallet after the redemption.</summary>
    [JsonPropertyName("wallet")] public Wallet? Wallet { get; set; }

    /// <summary>Gets or sets the rewards the redemption granted.</summary>
    [JsonPropertyName("accumulations")] public IList<WalletLine>? Accumulations { get; set; }

    /// <summary>Gets or sets the rewards the redemption used.</summary>
    [JsonPropertyName("redemptions")] public IList<WalletLine>? Redemptions { get; set; }
}
