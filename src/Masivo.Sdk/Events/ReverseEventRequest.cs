using System.Text.Json.Serialization;

namespace Masivo.Sdk.Internal;

/// <summary>The arguments of <see cref="EventsClient.ReverseAsync"/>: the event's id, in the path, and the body <c>{"reason"}</c>.</summary>
internal sealed class ReverseEventRequest
{
    [JsonIgnore] public string? EventId { get; init; }

    [JsonPropertyName("reason")] public string? Reason { get; init; }

    /// <summary>Refuses a missing or unusable id (named <paramref name="paramName"/>) and a missing or blank <c>reason</c>.</summary>
    public void Validate(string paramName)
    {
        if (EventId is null)
        {
            throw new ArgumentNullException(paramName);
        }

        PathSegment.Validate(EventId, paramName);
        if (Reason is null)
        {
            throw new ArgumentNullException("reason");
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            throw new ArgumentException("reason is required: Masivo records why the event is reversed.", "reason");
        }
    }
}
