using Refit;

namespace Masivo.Sdk.Internal;

/// <summary>
/// The behavior events endpoints, each in one place: its facts (this descriptor table) and, below, the Refit
/// method that builds its request (<see cref="IEventsApi"/>). Only the redemption preview is repeated after a
/// failure that may hide a success: a repeated event, fulfilment or reversal could award or spend twice.
/// </summary>
internal static class EventsEndpoints
{
    public static readonly MasivoEndpoint<IEventsApi, SendEventRequest, BehaviorEvent> Send = new(
        "events.send",
        "POST",
        "behavior/events",
        RetrySafety.OnlyIfNotProcessed,
        EndpointResponse<BehaviorEvent>.Data(MasivoJsonContext.Default.DataEnvelopeBehaviorEvent),
        static (api, request, endpoint, token) => api.SendAsync(request, endpoint, token))
    {
        ArgumentName = "request",
        Validate = static (request, argument) => request.Validate(argument),
        ValidateAt = static (request, argument, now) => request.ValidateAt(now, argument),
        Advice = new Dictionary<int, string>
        {
            [400] = "Check the event: its type, its order, its redeem items and issued_at (the last 72 hours only).",
            [404] = "The customer or a reward to redeem does not exist.",
        },
    };

    public static readonly MasivoEndpoint<IEventsApi, string, BehaviorEvent> Fulfill = new(
        "events.fulfill",
        "PATCH",
        "behavior/events/{id}/fulfill",
        RetrySafety.OnlyIfNotProcessed,
        EndpointResponse<BehaviorEvent>.Data(MasivoJsonContext.Default.DataEnvelopeBehaviorEvent),
        static (api, eventId, endpoint, token) => api.FulfillAsync(eventId, endpoint, token))
    {
        ArgumentName = "eventId",
        Validate = PathSegment.Validate,
        Advice = new Dictionary<int, string>
        {
            [400] = "The event cannot be fulfilled now: it may be fulfilled already, reversed, or expired (see FulfillExpiredAsync).",
            [404] = "No event has this id.",
        },
    };

    public static readonly MasivoEndpoint<IEventsApi, ReverseEventRequest, BehaviorEvent> Reverse = new(
        "events.reverse",
        "POST",
        "behavior/events/{id}/reverse",
        RetrySafety.OnlyIfNotProcessed,
        EndpointResponse<BehaviorEvent>.Data(MasivoJsonContext.Default.DataEnvelopeBehaviorEvent),
        static (api, reversal, endpoint, token) => api.ReverseAsync(reversal.EventId, reversal.Body, endpoint, token))
    {
        ArgumentName = "eventId",
        Validate = static (reversal, argument) => reversal.Validate(argument),
        Advice = new Dictionary<int, string>
        {
            [400] = "The event cannot be reversed now: it may be reversed, cancelled or expired already.",
            [404] = "No event has this id.",
        },
    };

    public static readonly MasivoEndpoint<IEventsApi, PreviewRedemptionRequest, RedemptionPreview> PreviewRedemption = new(
        "events.preview_redemption",
        "PUT",
        "events/redeem/preview",
        RetrySafety.Repeatable,
        EndpointResponse<RedemptionPreview>.Data(MasivoJsonContext.Default.DataEnvelopeRedemptionPreview),
        static (api, request, endpoint, token) => api.PreviewRedemptionAsync(request, endpoint, token))
    {
        ArgumentName = "request",
        Validate = static (request, argument) => request.Validate(argument),
        Advice = new Dictionary<int, string> { [404] = "The customer or a reward to redeem does not exist." },
    };

    public static readonly MasivoEndpoint<IEventsApi, FulfillExpiredEventsWindow, FulfillExpiredEventsResult> FulfillExpired = new(
        "events.fulfill_expired",
        "POST",
        "customers/fulfill_expired_events",
        RetrySafety.OnlyIfNotProcessed,
        EndpointResponse<FulfillExpiredEventsResult>.Bare(MasivoJsonContext.Default.FulfillExpiredEventsResult),
        static (api, window, endpoint, token) => api.FulfillExpiredAsync(window, endpoint, token))
    {
        ArgumentName = "from",
        Validate = static (window, _) => window.Validate(),
        Advice = new Dictionary<int, string> { [400] = "Check the window: start_date before end_date, at most one year apart." },
    };
}

/// <summary>The behavior events endpoints' requests, as Refit builds them; <see cref="EventsEndpoints"/> holds their facts.</summary>
internal interface IEventsApi
{
    [Post("/behavior/events")]
    Task<HttpResponseMessage> SendAsync(
        [Body] SendEventRequest request,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);

    [Patch("/behavior/events/{id}/fulfill")]
    Task<HttpResponseMessage> FulfillAsync(
        string id,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);

    [Post("/behavior/events/{id}/reverse")]
    Task<HttpResponseMessage> ReverseAsync(
        string id,
        [Body] ReverseEventBody reversal,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);

    [Put("/events/redeem/preview")]
    Task<HttpResponseMessage> PreviewRedemptionAsync(
        [Body] PreviewRedemptionRequest request,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);

    [Post("/customers/fulfill_expired_events")]
    Task<HttpResponseMessage> FulfillExpiredAsync(
        [Body] FulfillExpiredEventsWindow window,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);
}
