using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>
/// Sends behavior events (purchases, registrations, custom events), fulfils and reverses them, and previews
/// redemptions. Get it from <see cref="MasivoClient.Events"/>.
/// </summary>
/// <remarks>
/// Masivo has no idempotency key, so sending, fulfilling and reversing an event, and fulfilling expired events,
/// are never repeated after a failure that may hide a success (a 5xx, a timeout, a broken connection): only
/// after a 429 or when no connection was made. The redemption preview spends nothing and is retried like a read.
/// Masivo processes events in the background: a wallet changes after the call returns.
/// </remarks>
public class EventsClient
{
    private readonly MasivoClientContext? _context;

    /// <summary>Initializes a new instance of the <see cref="EventsClient"/> class for mocking.</summary>
    protected EventsClient()
    {
    }

    internal EventsClient(MasivoClientContext context) => _context = context;

    private MasivoClientContext Context => _context ?? throw MockingGuard.NotConfigured(nameof(EventsClient));

    /// <summary>
    /// Sends a behavior event: a purchase earns rewards and spends those its <c>redeem</c> arrays name; an unfulfilled
    /// one (<see cref="SendEventRequest.Fulfilled"/> <see langword="false"/>) reserves them until <see cref="FulfillAsync"/>.
    /// Masivo enqueues the event and answers it, usually <see cref="BehaviorEventStatus.Pending"/>.
    /// </summary>
    /// <param name="request">The event; customer_id, brand_id and type are required.</param>
    /// <param name="cancellationToken">A token to cancel the call.</param>
    /// <returns>The event, as enqueued.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A required field is missing; a redeem item at any level has no id or an amount not above zero (the message names
    /// its path, such as <c>order.products[2].redeem[0].amount</c>); reserve is below 1; or issued_at is in the future or
    /// more than 72 hours ago by the client's clock, allowing five minutes of difference with Masivo's. Nothing was sent.
    /// </exception>
    /// <exception cref="MasivoApiException">Masivo refused the event, for example 404 for an unknown customer.</exception>
    /// <exception cref="MasivoException">The call failed on the network or timed out; the event may have been recorded.</exception>
    public virtual Task<BehaviorEvent> SendAsync(SendEventRequest request, CancellationToken cancellationToken = default) =>
        EndpointCall.RunAsync(Context, EventsEndpoints.Send, request, cancellationToken);

    /// <summary>
    /// Fulfils an event sent with <c>fulfilled: false</c>: its reserved redemptions are spent and its accumulations granted.
    /// </summary>
    /// <param name="eventId">The event's id (<see cref="BehaviorEvent.Id"/>); escaped in the path.</param>
    /// <param name="cancellationToken">A token to cancel the call.</param>
    /// <returns>The fulfilled event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="eventId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="eventId"/> is blank, <c>.</c> or <c>..</c>, holds a control character or a lone surrogate, or is too long; nothing was sent.</exception>
    /// <exception cref="MasivoApiException">Masivo refused: 404 for an unknown event; an expired event is fulfilled with <see cref="FulfillExpiredAsync"/>.</exception>
    /// <exception cref="MasivoException">The call failed on the network or timed out; the event may have been fulfilled.</exception>
    public virtual Task<BehaviorEvent> FulfillAsync(string eventId, CancellationToken cancellationToken = default) =>
        EndpointCall.RunAsync(Context, EventsEndpoints.Fulfill, eventId, cancellationToken);

    /// <summary>
    /// Reverses an event, after a return or a refund: its accumulations and redemptions are undone and the customer's
    /// metrics corrected (<see cref="BehaviorEventStatus.Reversed"/>). An event still unfulfilled is cancelled instead,
    /// its reserved rewards released (<see cref="BehaviorEventStatus.Cancelled"/>).
    /// </summary>
    /// <param name="eventId">The event's id (<see cref="BehaviorEvent.Id"/>); escaped in the path.</param>
    /// <param name="reason">Why the event is reversed, sent as <c>reason</c>; not blank.</param>
    /// <param name="cancellationToken">A token to cancel the call.</param>
    /// <returns>The reversed event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="eventId"/> or <paramref name="reason"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="eventId"/> cannot travel in a path, or <paramref name="reason"/> is blank; nothing was sent.</exception>
    /// <exception cref="MasivoApiException">Masivo refused: 404 for an unknown event.</exception>
    /// <exception cref="MasivoException">The call failed on the network or timed out; the event may have been reversed.</exception>
    public virtual Task<BehaviorEvent> ReverseAsync(string eventId, string reason, CancellationToken cancellationToken = default) =>
        EndpointCall.RunAsync(Context, EventsEndpoints.Reverse, new ReverseEventRequest(eventId, reason), cancellationToken);

    /// <summary>
    /// Checks and prices the <c>redeem</c> arrays of an order (on the order, its product lines and its shipping) without
    /// spending anything: every level answers its <c>redemptions_result</c>. Use it before sending the purchase with the
    /// same arrays. Retried on transient failures, like a read.
    /// </summary>
    /// <param name="request">The customer and the order; customer_id and order are required.</param>
    /// <param name="cancellationToken">A token to cancel the call.</param>
    /// <returns>The order echoed with a <c>redemptions_result</c> per level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">customer_id or order is missing, or a redeem item has no id or an amount not above zero; nothing was sent.</exception>
    /// <exception cref="MasivoApiException">Masivo refused the preview, for example 404 for an unknown customer.</exception>
    /// <exception cref="MasivoException">The call failed on the network or timed out, after its retries.</exception>
    public virtual Task<RedemptionPreview> PreviewRedemptionAsync(PreviewRedemptionRequest request, CancellationToken cancellationToken = default) =>
        EndpointCall.RunAsync(Context, EventsEndpoints.PreviewRedemption, request, cancellationToken);

    /// <summary>
    /// Queues for fulfilment the unfulfilled events that expired and were issued between <paramref name="from"/> and
    /// <paramref name="to"/> (at most 500 per call). A maintenance call: fulfilment happens in the background, and those
    /// that fail (expired rewards, a balance too small) show in the dashboard's Cron Jobs.
    /// </summary>
    /// <param name="from">The start of the window of issue dates, sent as <c>start_date</c>.</param>
    /// <param name="to">The end of the window, sent as <c>end_date</c>: after <paramref name="from"/>, at most one year later.</param>
    /// <param name="cancellationToken">A token to cancel the call.</param>
    /// <returns>Masivo's message, such as how many events were queued.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is not after <paramref name="from"/>, or more than one year after it; nothing was sent.</exception>
    /// <exception cref="MasivoApiException">Masivo refused the window.</exception>
    /// <exception cref="MasivoException">The call failed on the network or timed out; the events may have been queued.</exception>
    public virtual Task<FulfillExpiredEventsResult> FulfillExpiredAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        EndpointCall.RunAsync(Context, EventsEndpoints.FulfillExpired, new FulfillExpiredEventsWindow { StartDate = from, EndDate = to }, cancellationToken);
}
