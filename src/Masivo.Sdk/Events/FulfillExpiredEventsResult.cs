using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>
/// Masivo's answer to <see cref="EventsClient.FulfillExpiredAsync"/>, such as <c>"1 event(s) have been queued for
/// fulfillment"</c>: the events are fulfilled in the background, and those that fail (expired rewards, a balance
/// too small) show in the dashboard's Cron Jobs.
/// </summary>
public sealed class FulfillExpiredEventsResult : MasivoModel
{
    /// <summary>
    /// Gets or sets what was queued, such as <c>"1 event(s) have been queued for fulfillment"</c>. The answer has no
    /// <c>data</c> envelope, so this field is what tells it from another shape: JSON without it is not read as this model.
    /// </summary>
    [JsonRequired]
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>Gets or sets what happens next, such as <c>"Events will be processed in the background"</c>.</summary>
    [JsonPropertyName("details")] public string? Details { get; set; }
}
