using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>
/// A behavior event as Masivo holds it: what <see cref="EventsClient.SendAsync"/>, <see cref="EventsClient.FulfillAsync"/>
/// and <see cref="EventsClient.ReverseAsync"/> answer. Masivo processes events in the background, so a sent event is
/// usually <see cref="BehaviorEventStatus.Pending"/> and its <see cref="Result"/> empty: wallet changes show later
/// (in the customer's wallet, or through webhooks).
/// </summary>
public sealed class BehaviorEvent : MasivoModel
{
    /// <summary>Gets or sets the event's id, for <see cref="EventsClient.FulfillAsync"/> and <see cref="EventsClient.ReverseAsync"/>.</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }

    /// <summary>Gets or sets the customer's id in your system.</summary>
    [JsonPropertyName("customer_id")] public string? CustomerId { get; set; }

    /// <summary>Gets or sets the event's type.</summary>
    [JsonPropertyName("type")] public BehaviorEventType? Type { get; set; }

    /// <summary>Gets or sets the data the event was sent with (its order, tags, redemptions…).</summary>
    [JsonPropertyName("data")] public JsonObject? Data { get; set; }

    /// <summary>Gets or sets whether the event is fulfilled; an unfulfilled one keeps its rewards reserved.</summary>
    [JsonPropertyName("fulfilled")] public bool? Fulfilled { get; set; }

    /// <summary>Gets or sets how many days the rewards of an unfulfilled event stay reserved.</summary>
    [JsonPropertyName("reserve")] public int? Reserve { get; set; }

    /// <summary>Gets or sets the id of the message that queued the event for processing.</summary>
    [JsonPropertyName("queue_message_id")] public string? QueueMessageId { get; set; }

    /// <summary>Gets or sets the campaigns that rewarded the event, with the rules they matched; Masivo does not document their shape.</summary>
    [JsonPropertyName("rewarding_campaigns")] public JsonArray? RewardingCampaigns { get; set; }

    /// <summary>Gets or sets where the event is in its processing.</summary>
    [JsonPropertyName("status")] public BehaviorEventStatus? Status { get; set; }

    /// <summary>Gets or sets what processing did: empty (<c>{}</c>) until the event is processed.</summary>
    [JsonPropertyName("result")] public BehaviorEventResult? Result { get; set; }

    /// <summary>Gets or sets when the event happened.</summary>
    [JsonPropertyName("issued_at")] public DateTimeOffset? IssuedAt { get; set; }

    /// <summary>Gets or sets when processing started.</summary>
    [JsonPropertyName("processing_at")] public DateTimeOffset? ProcessingAt { get; set; }

    /// <summary>Gets or sets when processing finished, successfully or not.</summary>
    [JsonPropertyName("resolved_at")] public DateTimeOffset? ResolvedAt { get; set; }

    /// <summary>Gets or sets when the unfulfilled event was cancelled.</summary>
    [JsonPropertyName("cancelled_at")] public DateTimeOffset? CancelledAt { get; set; }

    /// <summary>Gets or sets when the unfulfilled event expired.</summary>
    [JsonPropertyName("expired_at")] public DateTimeOffset? ExpiredAt { get; set; }

    /// <summary>Gets or sets when the event was reversed.</summary>
    [JsonPropertyName("reversed_at")] public DateTimeOffset? ReversedAt { get; set; }
}
