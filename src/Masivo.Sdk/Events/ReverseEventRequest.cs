using System.Text.Json.Serialization;

namespace Masivo.Sdk.Internal;

/// <summary>The arguments of <see cref="EventsClient.ReverseAsync"/>: the event's id, in the path, and the body <c>{"reason"}</c>.</summary>
internal sealed class ReverseEventRequest(string eventId, string reason)
{
    public string EventId { get; } = eventId;

    public ReverseEventBody Body { get; } = new() { Reason = reason };

    /// <summary>Refuses a missing or unusable id (named <paramref name="paramName"/>) and a missing or blank <c>reason</c>.</summary>
    public void Validate(string paramName)
    {
        if (EventId is null)
        {
            throw new ArgumentNullException(paramName);
        }

        PathSegment.Validate(EventId, paramName);
        if (Body.Reason is null)
        {
            throw new ArgumentNullException("reason");
        }

        if (string.IsNullOrWhiteSpace(Body.Reason))
        {
            throw new ArgumentException("reason is required: Masivo records why the event is reversed.", "reason");
        }
    }
}

/// <summary>The body of <c>POST behavior/events/{id}/reverse</c>.</summary>
internal sealed class ReverseEventBody
{
    [JsonPropertyName("reason")] public string? Reason { get; init; }
}
