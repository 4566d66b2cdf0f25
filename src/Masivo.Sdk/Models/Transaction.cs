using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>
/// One movement of a customer's rewards: points earned by an event, spent in a purchase, expired, migrated,
/// transferred or reversed. <see cref="Amount"/> is positive when earned and negative when spent.
/// </summary>
public sealed class Transaction : MasivoModel
{
    /// <summary>Gets or sets Masivo's id of the transaction.</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }

    /// <summary>Gets or sets the id of the brand of the transaction.</summary>
    [JsonPropertyName("brand_id")] public string? BrandId { get; set; }

    /// <summary>Gets or sets the id of the event that created the transaction.</summary>
    [JsonPropertyName("event_id")] public string? EventId { get; set; }

    /// <summary>Gets or sets the id of the campaign that created the transaction.</summary>
    [JsonPropertyName("campaign_id")] public string? CampaignId { get; set; }

    /// <summary>Gets or sets the id of the channel that created the transaction.</summary>
    [JsonPropertyName("channel_id")] public string? ChannelId { get; set; }

    /// <summary>Gets or sets the id of the store that created the transaction.</summary>
    [JsonPropertyName("store_id")] public string? StoreId { get; set; }

    /// <summary>Gets or sets who funded the rewards of the transaction, such as <c>MARKETING</c>.</summary>
    [JsonPropertyName("funded_by")] public string? FundedBy { get; set; }

    /// <summary>Gets or sets the type of the event that created the transaction, such as <c>PURCHASE</c> (custom event types too).</summary>
    [JsonPropertyName("event_type")] public string? EventType { get; set; }

    /// <summary>Gets or sets the kind of reward moved, such as <see cref="RewardType.Points"/>.</summary>
    [JsonPropertyName("reward_type")] public RewardType? RewardType { get; set; }

    /// <summary>Gets or sets the id of the reward moved.</summary>
    [JsonPropertyName("reward_id")] public string? RewardId { get; set; }

    /// <summary>Gets or sets the amount of the reward: negative when spent, positive when earned.</summary>
    [JsonPropertyName("amount")] public decimal? Amount { get; set; }

    /// <summary>Gets or sets the total cost of the rewards moved.</summary>
    [JsonPropertyName("cost")] public decimal? Cost { get; set; }

    /// <summary>Gets or sets why the transaction was created.</summary>
    [JsonPropertyName("details")] public string? Details { get; set; }

    /// <summary>Gets or sets what the transaction did, such as <see cref="TransactionType.Accumulation"/>.</summary>
    [JsonPropertyName("type")] public TransactionType? Type { get; set; }

    /// <summary>Gets or sets the customer who received the rewards of a transfer.</summary>
    [JsonPropertyName("receiver_id")] public string? ReceiverId { get; set; }

    /// <summary>Gets or sets the customer who sent the rewards of a transfer.</summary>
    [JsonPropertyName("sender_id")] public string? SenderId { get; set; }

    /// <summary>Gets or sets when the transaction was recorded.</summary>
    [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>Gets or sets when the transaction took effect.</summary>
    [JsonPropertyName("issued_at")] public DateTimeOffset? IssuedAt { get; set; }

    /// <summary>Gets or sets the wallet line the transaction moved and the campaign's name.</summary>
    [JsonPropertyName("attributes")] public TransactionAttributes? Attributes { get; set; }

    /// <summary>Gets or sets free-form metadata.</summary>
    [JsonPropertyName("metadata")] public JsonObject? Metadata { get; set; }
}
