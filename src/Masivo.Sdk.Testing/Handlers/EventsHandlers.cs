using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Testing.Internal;

/// <summary>
/// <see cref="FakeRoute.SendEvent"/>, <see cref="FakeRoute.FulfillEvent"/>, <see cref="FakeRoute.ReverseEvent"/>,
/// <see cref="FakeRoute.PreviewRedemption"/> and <see cref="FakeRoute.FulfillExpiredEvents"/>, over <see cref="FakeEvents"/>.
/// </summary>
internal sealed class EventsHandlers(FakeEvents events, FakeRedemptionPreview preview) : IFakeHandlers
{
    /// <inheritdoc/>
    public IReadOnlyDictionary<FakeRoute, RequestDelegate> Routes => new Dictionary<FakeRoute, RequestDelegate>
    {
        [FakeRoute.SendEvent] = FakeEndpoint.Handle(SendAsync),
        [FakeRoute.FulfillEvent] = FakeEndpoint.Handle(Fulfill),
        [FakeRoute.ReverseEvent] = FakeEndpoint.Handle(ReverseAsync),
        [FakeRoute.PreviewRedemption] = FakeEndpoint.Handle(PreviewAsync),
        [FakeRoute.FulfillExpiredEvents] = FakeEndpoint.Handle(FulfillExpiredAsync),
    };

    /// <summary>Records an event and processes it, unless events are held.</summary>
    public async Task<IResult> SendAsync(HttpContext context)
    {
        var (request, error) = await FakeResults.ReadBodyAsync(context, FakeJsonContext.Default.SendEventRequest).ConfigureAwait(false);
        return error ?? events.Send(request!).ToResult(Answer);
    }

    /// <summary>Fulfils an unfulfilled event; 404 when unknown.</summary>
    public IResult Fulfill(HttpContext context) =>
        events.Fulfill(FakeRoutes.RouteValue(context, "id")).ToResult(Answer);

    /// <summary>Reverses or cancels an event; 404 when unknown.</summary>
    public async Task<IResult> ReverseAsync(HttpContext context)
    {
        var (body, error) = await FakeResults.ReadBodyAsync(context, FakeJsonContext.Default.FakeReverseBody).ConfigureAwait(false);
        return error ?? events.Reverse(FakeRoutes.RouteValue(context, "id"), body!.Reason).ToResult(Answer);
    }

    /// <summary>Prices an order's redemptions without spending.</summary>
    public async Task<IResult> PreviewAsync(HttpContext context)
    {
        var (request, error) = await FakeResults.ReadBodyAsync(context, FakeJsonContext.Default.PreviewRedemptionRequest).ConfigureAwait(false);
        return error ?? preview.Preview(request!).ToResult(static answer => FakeResults.Data(answer, FakeJsonContext.Default.FakeEnvelopeRedemptionPreview));
    }

    /// <summary>Fulfils again the expired events of a window; answered bare, <c>{"message","details"}</c>, as Masivo does.</summary>
    public async Task<IResult> FulfillExpiredAsync(HttpContext context)
    {
        var (body, error) = await FakeResults.ReadBodyAsync(context, FakeJsonContext.Default.FakeFulfillExpiredBody).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (body!.StartDate is not { } start || body.EndDate is not { } end)
        {
            return FakeResults.BadRequest("start_date and end_date are required");
        }

        return events.FulfillExpired(start, end).ToResult(static answer => Results.Json(answer, FakeJsonContext.Default.FulfillExpiredEventsResult));
    }

    private static IResult Answer(BehaviorEvent behaviorEvent) => FakeResults.Data(behaviorEvent, FakeJsonContext.Default.FakeEnvelopeBehaviorEvent);
}
