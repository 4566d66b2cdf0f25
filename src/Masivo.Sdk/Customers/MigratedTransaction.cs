using System.Text.Json.Serialization;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>
/// A past movement of a customer's rewards, imported with
/// <see cref="CustomersClient.MigrateTransactionsAsync(IEnumerable{CustomerTransactionsMigrationRecord}, MigrationOptions?, CancellationToken)"/>.
/// A customer's migrated transactions must add up to its migrated balance.
/// </summary>
/// <remarks>
/// <see cref="Type"/>, <see cref="Amount"/> and <see cref="IssuedAt"/> are required, and checked before anything is
/// sent, as a migrated event's required fields are. Masivo's reference lists this record's fields without marking
/// which are required; these three are inferred: without a kind, an amount and a date a transaction cannot be
/// placed in the customer's history nor added up to its balance, and every documented example sets them. The other
/// fields are sent when set.
/// </remarks>
public sealed class MigratedTransaction : MasivoModel
{
    /// <summary>Gets or sets the id of the brand that triggered the transaction.</summary>
    [JsonPropertyName("brand_id")] public string? BrandId { get; set; }

    /// <summary>Gets or sets the id of the reward earned or spent.</summary>
    [JsonPropertyName("reward_id")] public string? RewardId { get; set; }

    /// <summary>Gets or sets why the transaction was created.</summary>
    [JsonPropertyName("details")] public string? Details { get; set; }

    /// <summary>Gets or sets the kind of transaction, such as <see cref="TransactionType.Accumulation"/>; required.</summary>
    [JsonPropertyName("type")] public TransactionType? Type { get; set; }

    /// <summary>Gets or sets when the transaction was requested; required.</summary>
    [JsonPropertyName("issued_at")] public DateTimeOffset? IssuedAt { get; set; }

    /// <summary>Gets or sets when the transaction took effect.</summary>
    [JsonPropertyName("resolved_at")] public DateTimeOffset? ResolvedAt { get; set; }

    /// <summary>Gets or sets the amount: negative when spent, positive when earned; required.</summary>
    [JsonPropertyName("amount")] public decimal? Amount { get; set; }

    /// <summary>Gets or sets the total cost of the rewards given.</summary>
    [JsonPropertyName("cost")] public decimal? Cost { get; set; }

    /// <summary>Gets or sets the id of the store the transaction came from.</summary>
    [JsonPropertyName("store_id")] public string? StoreId { get; set; }

    /// <summary>Gets or sets the id of the channel the transaction came from.</summary>
    [JsonPropertyName("channel_id")] public string? ChannelId { get; set; }

    /// <summary>Gets or sets the event that caused the transaction.</summary>
    [JsonPropertyName("event")] public MigratedTransactionEvent? Event { get; set; }

    /// <summary>Gets or sets who funded the rewards, such as <c>MARKETING</c>.</summary>
    [JsonPropertyName("funded_by")] public string? FundedBy { get; set; }

    /// <summary>Throws when a field a transaction needs is missing, naming it at <paramref name="path"/>.</summary>
    internal void Validate(string path, string paramName)
    {
        Require.Present(Type?.Value, $"{path}.type (Type)", paramName);
        Require.Present(Amount, $"{path}.amount (Amount)", paramName);
        Require.Present(IssuedAt, $"{path}.issued_at (IssuedAt)", paramName);
    }
}
