using Masivo.Sdk.Testing.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Masivo.Sdk.Testing;

/// <summary>
/// An in-process fake of the Masivo Storefront API on a random loopback port, for tests and samples.
/// It keeps state like the real service: migrated contacts are searchable, customers get wallets,
/// seeded coupons are redeemed into them, behavior events earn and spend points (see <see cref="SetEarnRule(FakeEarnRule)"/>
/// and <see cref="HoldEvents"/>; migrated ones are kept, fulfilled, moving nothing), every balance change is listed in the customer's transactions (beside those a test
/// seeds), customers' profiles, tags, consent and devices change as updated, gift cards (seeded by tests) are served,
/// referral codes are issued once per campaign, and API keys are exchanged for expiring tokens. It answers
/// with Masivo's shapes and errors, and records every request it received. Each instance is isolated.
/// </summary>
/// <example>
/// <code>
/// await using var masivo = await MasivoFakeServer.StartAsync();
/// using var client = masivo.CreateClient();
/// </code>
/// </example>
public sealed partial class MasivoFakeServer : IAsyncDisposable, IDisposable
{
    /// <summary>The path of the API under the server's root, as on the real service.</summary>
    public const string BasePath = "/api/storefront/v1";

    // The longest wait a timer takes: CancellationTokenSource.CancelAfter refuses more than uint.MaxValue - 1 ms.
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    private readonly WebApplication _app;
    private readonly FakeState _state;
    private readonly TokenIssuer _tokens;
    private readonly MasivoFakeServerOptions _options;
    private readonly FaultScript _faults;
    private readonly FakeEvents _events;

    private MasivoFakeServer(WebApplication app, FakeState state, FakeEvents events, TokenIssuer tokens, MasivoFakeServerOptions options, FaultScript faults)
    {
        _app = app;
        _state = state;
        _events = events;
        _tokens = tokens;
        _options = options;
        _faults = faults;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + BasePath + "/");
    }

    /// <summary>Gets the API's base address, to use as <see cref="MasivoClientOptions.BaseAddress"/>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Gets the API key the server accepts.</summary>
    public string ApiKey => _options.ApiKey;

    /// <summary>Gets a fixed bearer token the server accepts.</summary>
    public string AccessToken => _options.AccessToken;

    /// <summary>Gets the account id the contacts endpoints expect.</summary>
    public string AccountId => _options.AccountId;

    /// <summary>Gets every request received so far, in order of arrival.</summary>
    public IReadOnlyList<FakeServerRequest> Requests => _state.Requests.Snapshot();

    /// <summary>Gets a snapshot of the contacts stored, as a search would return them.</summary>
    public IReadOnlyList<Contact> Contacts => _state.AllContacts();

    /// <summary>Starts a server and waits until it listens.</summary>
    /// <param name="options">The server's options; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">A token to cancel the start.</param>
    /// <returns>The started server; dispose it to stop it.</returns>
    public static async Task<MasivoFakeServer> StartAsync(MasivoFakeServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new MasivoFakeServerOptions();
        FakeWebhooks.Validate(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });

        // The fake takes nothing from its surroundings: a host's appsettings.json or environment (a
        // Kestrel:Endpoints entry, say) would pin every fake to one port.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");

        var app = builder.Build();
        var state = new FakeState(options);
        var tokens = new TokenIssuer(options);
        var faults = new FaultScript();
        var limiter = new MigrationLimiter(options);
        var events = new FakeEvents(state, options.TimeProvider);
        var routes = FakeRouteTable.Create(options, state, tokens, events, new FakeTotpCodes(options));

        // The recorder resolves each request's route once; everything after it works per route.
        app.Use((context, next) => RequestRecorder.RecordAsync(context, next, state, BasePath));
        app.Use((context, next) => FakeWebhookDelivery.QueueAfterAsync(context, next, state));
        app.Use((context, next) => faults.ApplyAsync(context, next, FakeRoutes.Of(context)));
        app.Use((context, next) => AuthHandlers.RequireBearerTokenAsync(context, next, tokens, BasePath));
        app.Use((context, next) => limiter.Enabled && FakeRoutes.Of(context).IsMigration ? limiter.ApplyAsync(context, next) : next(context));
        app.Run(routes.DispatchAsync);

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return new MasivoFakeServer(app, state, events, tokens, options, faults);
    }

    /// <summary>Starts a server and waits until it listens.</summary>
    /// <param name="options">The server's options; <see langword="null"/> for the defaults.</param>
    /// <returns>The started server; dispose it to stop it.</returns>
    public static MasivoFakeServer Start(MasivoFakeServerOptions? options = null) => StartAsync(options).GetAwaiter().GetResult();

    /// <summary>
    /// Creates client options pointed at this server in API-key mode, with the account id set, no
    /// migration pacing and short retry delays, so tests run fast.
    /// </summary>
    /// <returns>New options, free to change.</returns>
    public MasivoClientOptions CreateClientOptions()
    {
        var options = new MasivoClientOptions();
        ApplyTo(options);
        return options;
    }

    /// <summary>
    /// Points <paramref name="options"/> at this server as <see cref="CreateClientOptions"/> does (address, API key,
    /// account id, no migration pacing, short retry delays): for a container, <c>services.AddMasivoClient(server.ApplyTo)</c>.
    /// </summary>
    /// <param name="options">The options to change; other settings are left as they are.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public void ApplyTo(MasivoClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.BaseAddress = BaseAddress;
        options.ApiKey = ApiKey;
        options.AccessToken = null;
        options.AccountId = AccountId;
        options.MigrationRequestInterval = TimeSpan.Zero;
        options.RetryDelay = TimeSpan.FromMilliseconds(10);
        options.AttemptTimeout = TimeSpan.FromSeconds(30);
    }

    /// <summary>Creates a client pointed at this server, on the server's <see cref="MasivoFakeServerOptions.TimeProvider"/>; dispose it when done.</summary>
    /// <param name="configure">Changes to the options of <see cref="CreateClientOptions"/>, if any.</param>
    /// <returns>The client.</returns>
    public MasivoClient CreateClient(Action<MasivoClientOptions>? configure = null)
    {
        var options = CreateClientOptions();
        configure?.Invoke(options);

        // The client reads the server's clock, so tokens the server issues expire when both agree they do.
        return new MasivoClient(options, _options.TimeProvider);
    }

    /// <summary>Seeds a coupon code that customers can redeem.</summary>
    /// <param name="coupon">The coupon.</param>
    /// <returns>This server, for chaining.</returns>
    public MasivoFakeServer AddCoupon(FakeCoupon coupon)
    {
        ArgumentNullException.ThrowIfNull(coupon);
        _state.AddCoupon(coupon);
        return this;
    }

    /// <summary>
    /// Adds a transaction to a customer's history, as if Masivo had recorded it: <c>GET customers/{id}/transactions</c>
    /// serves it (by its <see cref="Transaction.IssuedAt"/>: within the last three months, or in the year asked). A copy
    /// is stored; its id, <c>created_at</c> and <c>issued_at</c> are filled in when missing (the latter two: now).
    /// It only seeds history: the customer's balance does not change (credit it with <see cref="AddBalance"/>, which
    /// lists its own transaction). Everything that moves a balance (events, coupons, migrated balances,
    /// <see cref="AddBalance"/>) lists its transactions itself.
    /// </summary>
    /// <param name="customerId">The id of a customer the server stores.</param>
    /// <param name="transaction">The transaction.</param>
    /// <returns>This server, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerId"/> or <paramref name="transaction"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No customer has the id.</exception>
    public MasivoFakeServer AddTransaction(string customerId, Transaction transaction)
    {
        ArgumentNullException.ThrowIfNull(customerId);
        ArgumentNullException.ThrowIfNull(transaction);
        return _state.RecordTransaction(customerId, transaction) ? this : throw UnknownCustomer(customerId);
    }

    /// <summary>
    /// Sets the gift cards a customer owns, replacing any set before: <c>GET customers/{id}/rewards/gift-cards</c> serves
    /// them in this order. Copies are stored, their <see cref="GiftCard.CustomerId"/> filled in when missing.
    /// </summary>
    /// <param name="customerId">The id of a customer the server stores.</param>
    /// <param name="giftCards">The gift cards; none to clear them.</param>
    /// <returns>This server, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerId"/> or <paramref name="giftCards"/> is <see langword="null"/>, or holds a <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No customer has the id.</exception>
    public MasivoFakeServer SetGiftCards(string customerId, IEnumerable<GiftCard> giftCards)
    {
        ArgumentNullException.ThrowIfNull(customerId);
        ArgumentNullException.ThrowIfNull(giftCards);
        var cards = giftCards.ToList();
        if (cards.Contains(null!))
        {
            throw new ArgumentNullException(nameof(giftCards), "A gift card is null.");
        }

        return _state.SetGiftCards(customerId, cards) ? this : throw UnknownCustomer(customerId);
    }

    /// <summary>Gets a customer and its wallet as stored now.</summary>
    /// <param name="customerId">The customer's id.</param>
    /// <returns>The customer with its wallet, or <see langword="null"/> when unknown.</returns>
    public CustomerWithWallet? FindCustomer(string customerId)
    {
        ArgumentNullException.ThrowIfNull(customerId);
        return _state.FindCustomer(customerId);
    }

    private static ArgumentException UnknownCustomer(string customerId) =>
        new($"The fake server stores no customer with id '{customerId}': create or migrate it first.", nameof(customerId));

    /// <summary>
    /// Gets a snapshot of every behavior event received, in order of arrival, as the API would answer them now: those sent
    /// and those migrated (<c>POST customers/migrate/events</c>). A migrated event is fulfilled and
    /// <see cref="BehaviorEventStatus.Resolved"/> at its <c>resolved_at</c>, keeps its type, <c>issued_at</c>, order, brand,
    /// store and channel (in <see cref="BehaviorEvent.Data"/>), and, as on Masivo, triggers no campaign: it moves no
    /// balance, lists no transaction and sends no webhook. Each pass of a migration adds its events.
    /// </summary>
    public IReadOnlyList<BehaviorEvent> Events => _events.All();

    /// <summary>
    /// Sets the default earn rule: how a <c>PURCHASE</c> of any brand without a rule of its own earns. Until it is set,
    /// one point per currency unit of the order's <c>discounted_value</c>, as <see cref="FakeEarnRule.DefaultRewardId"/>.
    /// </summary>
    /// <param name="rule">The rule; later changes to it apply to events sent after them.</param>
    /// <returns>This server, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is <see langword="null"/>.</exception>
    public MasivoFakeServer SetEarnRule(FakeEarnRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _events.Rules.Set(brandId: null, rule);
        return this;
    }

    /// <summary>Sets how a <c>PURCHASE</c> of <paramref name="brandId"/> earns, instead of the default rule.</summary>
    /// <param name="brandId">The brand, as events send it in <c>brand_id</c>.</param>
    /// <param name="rule">The rule; later changes to it apply to events sent after them.</param>
    /// <returns>This server, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="brandId"/> or <paramref name="rule"/> is <see langword="null"/>.</exception>
    public MasivoFakeServer SetEarnRule(string brandId, FakeEarnRule rule)
    {
        ArgumentNullException.ThrowIfNull(brandId);
        ArgumentNullException.ThrowIfNull(rule);
        _events.Rules.Set(brandId, rule);
        return this;
    }

    /// <summary>
    /// Credits a customer's wallet with <paramref name="amount"/> of a reward, as a campaign would, so a test can spend
    /// it; the customer's transactions list it as an <c>ACCUMULATION</c> with the details "Added by the test".
    /// </summary>
    /// <param name="customerId">The customer, created or migrated before.</param>
    /// <param name="amount">The amount, more than zero.</param>
    /// <param name="rewardId">The reward; the default earn rule's points when not given.</param>
    /// <returns>This server, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerId"/> or <paramref name="rewardId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is zero or negative.</exception>
    /// <exception cref="ArgumentException">No customer has this id.</exception>
    public MasivoFakeServer AddBalance(string customerId, decimal amount, string rewardId = FakeEarnRule.DefaultRewardId)
    {
        ArgumentNullException.ThrowIfNull(customerId);
        ArgumentNullException.ThrowIfNull(rewardId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);
        lock (_state.Gate)
        {
            RequireCustomer(customerId);
            _state.Ledger.Record(customerId, new FakeMovement(FakeMovementType.Accumulation, amount, rewardId, _state.Now) { Details = "Added by the test" });
        }

        _state.Webhooks.Queue(_state);

        return this;
    }

    /// <summary>Gets a customer's balance of a reward: what its wallet holds, reservations of unfulfilled events taken out.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="rewardId">The reward; the default earn rule's points when not given.</param>
    /// <returns>The balance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerId"/> or <paramref name="rewardId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No customer has this id.</exception>
    public decimal GetBalance(string customerId, string rewardId = FakeEarnRule.DefaultRewardId)
    {
        ArgumentNullException.ThrowIfNull(customerId);
        ArgumentNullException.ThrowIfNull(rewardId);
        lock (_state.Gate)
        {
            RequireCustomer(customerId);
            return _state.Ledger.Balance(customerId, rewardId);
        }
    }

    /// <summary>Gets a behavior event, sent or migrated, as the API would answer it now.</summary>
    /// <param name="eventId">The event's id.</param>
    /// <returns>The event, or <see langword="null"/> when unknown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="eventId"/> is <see langword="null"/>.</exception>
    public BehaviorEvent? FindEvent(string eventId)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        return _events.Find(eventId);
    }

    /// <summary>
    /// Holds the behavior events sent from now on <see cref="BehaviorEventStatus.Pending"/>, unprocessed, as Masivo's
    /// queue does, until <see cref="ReleaseEvents"/>. By default the fake processes each event before answering it
    /// (its answer is already <see cref="BehaviorEventStatus.Resolved"/>, where Masivo's is usually still pending).
    /// </summary>
    public void HoldEvents() => _events.Hold();

    /// <summary>
    /// Processes the held events in the order they arrived, and processes later ones at once again. An event whose
    /// redemptions the balance no longer covers becomes <see cref="BehaviorEventStatus.Failed"/>, as on Masivo.
    /// </summary>
    /// <returns>How many events were processed.</returns>
    public int ReleaseEvents()
    {
        var released = _events.Release();
        _state.Webhooks.Queue(_state);
        return released;
    }

    /// <summary>Invalidates every token issued so far, as if they had been revoked.</summary>
    public void RevokeTokens() => _tokens.RevokeAll();

    /// <summary>Forgets the requests received so far.</summary>
    public void ClearRequests() => _state.Requests.Clear();

    /// <summary>Gets the requests received so far for <paramref name="route"/>, in order of arrival.</summary>
    /// <param name="route">The route.</param>
    /// <returns>The requests.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="route"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<FakeServerRequest> RequestsTo(FakeRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return Requests.Where(request => request.Route == route).ToList();
    }

    /// <summary>
    /// Makes the next <paramref name="times"/> requests to <paramref name="route"/> meet <paramref name="fault"/>
    /// instead of being answered normally. Faults added for one route are applied in the order added.
    /// </summary>
    /// <param name="route">The route.</param>
    /// <param name="fault">The fault, such as <c>FakeFault.Status(503)</c> or <c>FakeFault.DropConnection()</c>.</param>
    /// <param name="times">How many requests in a row meet it.</param>
    /// <returns>This server, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="route"/> or <paramref name="fault"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="times"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="route"/> is <see cref="FakeRoute.Unknown"/>.</exception>
    public MasivoFakeServer FailNext(FakeRoute route, FakeFault fault, int times = 1)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        if (route == FakeRoute.Unknown)
        {
            throw new ArgumentException("Choose a route of the API.", nameof(route));
        }

        _faults.Add(route, fault, times);
        return this;
    }

    /// <summary>Gets how many scheduled faults are still waiting for requests to <paramref name="route"/>.</summary>
    /// <param name="route">The route.</param>
    /// <returns>The number of faults not yet applied.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="route"/> is <see langword="null"/>.</exception>
    public int PendingFaults(FakeRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return _faults.Pending(route);
    }

    /// <summary>Cancels every scheduled fault not yet applied.</summary>
    public void ClearFaults() => _faults.Clear();

    /// <summary>Waits until at least <paramref name="count"/> requests to <paramref name="route"/> have arrived.</summary>
    /// <param name="route">The route, such as <see cref="FakeRoute.MigrateContacts"/>.</param>
    /// <param name="count">How many requests to wait for.</param>
    /// <param name="timeout">How long to wait, positive or <see cref="Timeout.InfiniteTimeSpan"/>; 10 seconds when <see langword="null"/>.</param>
    /// <param name="cancellationToken">A token to cancel the wait.</param>
    /// <returns>The requests to that route received so far, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="route"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="count"/> is less than 1, or <paramref name="timeout"/> is zero, negative (other than
    /// <see cref="Timeout.InfiniteTimeSpan"/>) or longer than a timer can wait (about 49 days).
    /// </exception>
    /// <exception cref="TimeoutException">Fewer requests arrived in time; the message lists what did arrive.</exception>
    public Task<IReadOnlyList<FakeServerRequest>> WaitForRequestsAsync(FakeRoute route, int count, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var wait = timeout ?? TimeSpan.FromSeconds(10);
        if (wait != Timeout.InfiniteTimeSpan && (wait <= TimeSpan.Zero || wait > MaxTimeout))
        {
            throw new ArgumentOutOfRangeException(
                nameof(timeout),
                wait,
                $"The timeout must be positive and at most {MaxTimeout.TotalDays:0.#} days, or Timeout.InfiniteTimeSpan to wait without limit.");
        }

        return _state.Requests.WaitForAsync(route, count, wait, cancellationToken);
    }

    /// <summary>
    /// Gets every webhook delivered so far, in order, each once however many attempts it took (see
    /// <see cref="MasivoFakeServerOptions.WebhookUrl"/> and <see cref="MasivoFakeServerOptions.WebhookHandler"/>; none are
    /// sent when neither is set). Webhooks are delivered in the background: wait for them with <see cref="WaitForWebhooksAsync"/>.
    /// </summary>
    public IReadOnlyList<MasivoWebhookEvent> Webhooks => _state.Webhooks.Delivered();

    /// <summary>
    /// Gets every attempt to deliver a webhook so far, in order: failed ones (and when the webhook is delivered again)
    /// beside those that succeeded, so a test can see that its handler was called again after it failed.
    /// </summary>
    public IReadOnlyList<FakeWebhookAttempt> WebhookAttempts => _state.Webhooks.Attempts();

    /// <summary>
    /// Waits until at least <paramref name="count"/> webhooks have been delivered and no webhook is left queued or waiting
    /// to be delivered again. As on Masivo, webhooks are delivered in the background, in order, after the API call that
    /// caused them has answered (never inside it), and a failed attempt is made again after
    /// <see cref="MasivoFakeServerOptions.WebhookRetryDelay"/> on the server's clock, up to
    /// <see cref="MasivoFakeServerOptions.WebhookMaxAttempts"/> attempts; with a <c>FakeTimeProvider</c>, advance it for
    /// redeliveries (see <see cref="WaitForWebhookAttemptsAsync"/>).
    /// </summary>
    /// <param name="count">How many webhooks to wait for; 0 to wait only until nothing is left to deliver.</param>
    /// <param name="timeout">How long to wait, positive or <see cref="Timeout.InfiniteTimeSpan"/>; 10 seconds when <see langword="null"/>.</param>
    /// <param name="cancellationToken">A token to cancel the wait.</param>
    /// <returns>The webhooks delivered so far, in order, each once.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative, or <paramref name="timeout"/> is not positive.</exception>
    /// <exception cref="TimeoutException">Fewer webhooks were delivered in time, or some are still queued; the message lists those delivered and the failed attempts.</exception>
    /// <exception cref="InvalidOperationException">A webhook was given up: its last attempt failed too (the callback threw, the URL answered other than 2xx, or it timed out).</exception>
    /// <exception cref="ObjectDisposedException">The server was disposed.</exception>
    public Task<IReadOnlyList<MasivoWebhookEvent>> WaitForWebhooksAsync(int count, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return _state.Webhooks.WaitForAsync(count, CheckTimeout(timeout), cancellationToken);
    }

    /// <summary>
    /// Waits until at least <paramref name="count"/> attempts to deliver webhooks have ended, failed or not: for a test on a
    /// <c>FakeTimeProvider</c> that sees a delivery fail, then advances the clock past
    /// <see cref="FakeWebhookAttempt.NextAttemptAt"/> to have it delivered again (the redelivery's timer is set before
    /// the failed attempt is listed). Failed attempts are listed, not thrown, a webhook given up included.
    /// </summary>
    /// <param name="count">How many attempts to wait for.</param>
    /// <param name="timeout">How long to wait, positive or <see cref="Timeout.InfiniteTimeSpan"/>; 10 seconds when <see langword="null"/>.</param>
    /// <param name="cancellationToken">A token to cancel the wait.</param>
    /// <returns>Every attempt so far, in order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1, or <paramref name="timeout"/> is not positive.</exception>
    /// <exception cref="TimeoutException">Fewer attempts ended in time; the message lists those that did.</exception>
    /// <exception cref="ObjectDisposedException">The server was disposed.</exception>
    public Task<IReadOnlyList<FakeWebhookAttempt>> WaitForWebhookAttemptsAsync(int count, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return _state.Webhooks.WaitForAttemptsAsync(count, CheckTimeout(timeout), cancellationToken);
    }

    private static TimeSpan CheckTimeout(TimeSpan? timeout)
    {
        var wait = timeout ?? TimeSpan.FromSeconds(10);
        return wait != Timeout.InfiniteTimeSpan && (wait <= TimeSpan.Zero || wait > MaxTimeout)
            ? throw new ArgumentOutOfRangeException(nameof(timeout), wait, "The timeout must be positive, or Timeout.InfiniteTimeSpan to wait without limit.")
            : wait;
    }

    /// <summary>
    /// Stops the server at once, ending the requests still in flight (a delayed answer, say), then stops delivering
    /// webhooks: the attempt under way is cancelled (its callback's token too), and webhooks still queued are not sent.
    /// </summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        using (var now = new CancellationTokenSource())
        {
            await now.CancelAsync().ConfigureAwait(false);
            await _app.StopAsync(now.Token).ConfigureAwait(false);
        }

        await _app.DisposeAsync().ConfigureAwait(false);
        await _state.Webhooks.DisposeAsync().ConfigureAwait(false);
        _events.Dispose();
    }

    /// <summary>Stops the server.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private void RequireCustomer(string customerId)
    {
        if (!_state.HasCustomer(customerId))
        {
            throw new ArgumentException($"No customer has the id '{customerId}': create or migrate it first.", nameof(customerId));
        }
    }
}
