using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>
/// What processing a behavior event did, in <see cref="BehaviorEvent.Result"/>. Masivo's documentation shows only
/// the start of this object (older pages an empty <c>{}</c>); the fields it names beyond these (<c>gift_card</c>,
/// <c>transactions</c>, and whatever follows) are kept in <see cref="MasivoModel.AdditionalProperties"/>.
/// </summary>
public sealed class BehaviorEventResult : MasivoModel
{
    /// <summary>Gets or sets the customer's wallet after the event.</summary>
    [JsonPropertyName("wallet")] public Wallet? Wallet { get; set; }

    /// <summary>Gets or sets the customer after the event.</summary>
    [JsonPropertyName("customer")] public Customer? Customer { get; set; }

    /// <summary>Gets or sets the rewards the event granted.</summary>
    [JsonPropertyName("accumulations")] public IList<WalletLine>? Accumulations { get; set; }

    /// <summary>Gets or sets the rewards the event spent (or reserved, while it is unfulfilled).</summary>
    [JsonPropertyName("redemptions")] public IList<WalletLine>? Redemptions { get; set; }
}
