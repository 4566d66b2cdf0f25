using System.Globalization;
using System.Text.Json;

namespace Masivo.Sdk.Testing.Internal;

/// <summary>
/// The behavior events the fake holds, and the loyalty loop they drive: a <c>PURCHASE</c> earns by its brand's
/// <see cref="FakeEarnRule"/>; every <c>redeem</c> item spends from the wallet; an unfulfilled event reserves what it
/// spends and holds what it earns until fulfilled, and gives the reservation back when it expires (a timer on the
/// server's clock) or is cancelled; a reversal undoes what the event moved. Migrated events (<see cref="Migrate"/>) are
/// held beside them, fulfilled and moving nothing. Events are processed at once, or held
/// <see cref="BehaviorEventStatus.Pending"/> until <see cref="Release"/>. Every balance change goes through
/// <see cref="FakeLedger.Record"/>, under the state's lock.
/// </summary>
internal sealed class FakeEvents : IDisposable
{
    private static readonly TimeSpan MaxIssuedAtAge = TimeSpan.FromHours(72);
    private static readonly TimeSpan DefaultReservation = TimeSpan.FromHours(24);
    private const int MaxExpiredPerCall = 500;

    private readonly FakeState _state;
    private readonly TimeProvider _clock;
    private readonly Dictionary<string, FakeEventRecord> _events = new(StringComparer.Ordinal);
    private readonly List<FakeEventRecord> _inOrder = [];
    private bool _holding;

    public FakeEvents(FakeState state, TimeProvider clock)
    {
        _state = state;
        _clock = clock;
        Rules = new FakeEarnRules(state);
        state.CustomerRenamed = Rename;
    }

    public FakeEarnRules Rules { get; }

    private object Gate => _state.Gate;

    private FakeLedger Ledger => _state.Ledger;

    private DateTimeOffset Now => _clock.GetUtcNow();

    /// <summary>Records an event and, unless events are held, processes it; a redemption beyond the balance is refused with a 400 and nothing recorded.</summary>
    public FakeOutcome<BehaviorEvent> Send(SendEventRequest request)
    {
        var now = Now;
        if (Invalid(request, now) is { } problem)
        {
            return FakeFailure.BadRequest("Bad Request", problem);
        }

        lock (Gate)
        {
            if (!_state.HasCustomer(request.CustomerId!))
            {
                return FakeFailure.NotFound($"Customer '{request.CustomerId}' not found");
            }

            var record = new FakeEventRecord(NewEvent(request, now), request);
            Plan(record);
            if (!_holding)
            {
                if (Shortfall(record) is { } shortfall)
                {
                    return FakeFailure.BadRequest("Insufficient balance", shortfall);
                }

                Process(record, now);
            }

            _events.Add(record.Id, record);
            _inOrder.Add(record);
            return Snapshot(record);
        }
    }

    /// <summary>Fulfils an unfulfilled event: its accumulations are credited and its reservation becomes a redemption.</summary>
    public FakeOutcome<BehaviorEvent> Fulfill(string eventId)
    {
        lock (Gate)
        {
            if (!_events.TryGetValue(eventId, out var record))
            {
                return FakeFailure.NotFound($"Event '{eventId}' not found");
            }

            var behaviorEvent = record.Event;
            if (behaviorEvent.Status == BehaviorEventStatus.Expired)
            {
                return FakeFailure.BadRequest("Event expired", $"Event '{eventId}' expired; fulfil it with customers/fulfill_expired_events");
            }

            if (behaviorEvent.Status != BehaviorEventStatus.Pending && behaviorEvent.Status != BehaviorEventStatus.Resolved)
            {
                return FakeFailure.BadRequest("Event cannot be fulfilled", $"Event '{eventId}' is {behaviorEvent.Status}");
            }

            if (record.IsFulfilled)
            {
                return FakeFailure.BadRequest("Event already fulfilled", $"Event '{eventId}' is already fulfilled");
            }

            behaviorEvent.Fulfilled = true;
            if (behaviorEvent.Status == BehaviorEventStatus.Resolved)
            {
                record.StopExpiry();
                Credit(record, Now);
                UpdateResult(record);
            }

            return Snapshot(record);
        }
    }

    /// <summary>Reverses a fulfilled event (what it earned is taken back, what it spent given back) or cancels an unfulfilled one (its reservation released).</summary>
    public FakeOutcome<BehaviorEvent> Reverse(string eventId, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return FakeFailure.BadRequest("Bad Request", "reason is required");
        }

        lock (Gate)
        {
            if (!_events.TryGetValue(eventId, out var record))
            {
                return FakeFailure.NotFound($"Event '{eventId}' not found");
            }

            var behaviorEvent = record.Event;
            if (behaviorEvent.Status != BehaviorEventStatus.Pending && behaviorEvent.Status != BehaviorEventStatus.Resolved)
            {
                return FakeFailure.BadRequest("Event cannot be reversed", $"Event '{eventId}' is {behaviorEvent.Status}");
            }

            var now = Now;
            record.StopExpiry();
            TakeBack(record, now, $"Event reversed: {reason}");
            GiveBack(record, now, $"Event reversed: {reason}");
            if (record.IsFulfilled)
            {
                behaviorEvent.Status = BehaviorEventStatus.Reversed;
                behaviorEvent.ReversedAt = now;
            }
            else
            {
                behaviorEvent.Status = BehaviorEventStatus.Cancelled;
                behaviorEvent.CancelledAt = now;
            }

            UpdateResult(record);
            return Snapshot(record);
        }
    }

    /// <summary>Fulfils again the expired events issued in the window (at most 500), those the balance still allows.</summary>
    public FakeOutcome<FulfillExpiredEventsResult> FulfillExpired(DateTimeOffset start, DateTimeOffset end)
    {
        if (end <= start)
        {
            return FakeFailure.BadRequest("Bad Request", "start_date must be before end_date");
        }

        if (end > start.AddYears(1))
        {
            return FakeFailure.BadRequest("Bad Request", "The window from start_date to end_date must be at most one year");
        }

        lock (Gate)
        {
            var now = Now;
            var due = _inOrder
                .Where(record => record.Event.Status == BehaviorEventStatus.Expired && record.Event.IssuedAt >= start && record.Event.IssuedAt <= end)
                .Take(MaxExpiredPerCall)
                .ToList();
            foreach (var record in due.Where(record => Shortfall(record) is null))
            {
                record.Event.Fulfilled = true;
                Debit(record, now);
                Credit(record, now);
                record.Event.Status = BehaviorEventStatus.Resolved;
                record.Event.ResolvedAt = now;
                UpdateResult(record);
            }

            return new FulfillExpiredEventsResult
            {
                Message = string.Create(CultureInfo.InvariantCulture, $"{due.Count} event(s) have been queued for fulfillment"),
                Details = "Events will be processed in the background",
            };
        }
    }

    /// <summary>
    /// Stores migrated events as their customers' own, after the events already held: each is marked fulfilled and
    /// <see cref="BehaviorEventStatus.Resolved"/> at its <c>resolved_at</c> (issued at its <c>issued_at</c>), its type,
    /// order, brand, store and channel kept in its <c>data</c>. As on Masivo, a migrated event triggers no campaign, so it
    /// earns, spends and reserves nothing; the balance does not move and no webhook is sent. Several passes add events.
    /// Every customer must be known: otherwise nothing is stored and the first unknown id is answered.
    /// </summary>
    public string? Migrate(IReadOnlyList<(string CustomerId, IReadOnlyList<MigratedEvent> Events)> customers)
    {
        lock (Gate)
        {
            if (customers.FirstOrDefault(customer => !_state.HasCustomer(customer.CustomerId)) is { CustomerId: { } unknown })
            {
                return unknown;
            }

            foreach (var (customerId, migrated) in customers)
            {
                foreach (var item in migrated)
                {
                    var record = new FakeEventRecord(MigratedEventOf(customerId, item), new SendEventRequest
                    {
                        CustomerId = customerId,
                        BrandId = item.BrandId,
                        Type = item.Type,
                        Order = item.Order,
                        Fulfilled = true,
                        IssuedAt = item.IssuedAt,
                    });
                    UpdateResult(record);
                    _events.Add(record.Id, record);
                    _inOrder.Add(record);
                }
            }

            return null;
        }
    }

    /// <summary>From now on, sent events stay <see cref="BehaviorEventStatus.Pending"/> until <see cref="Release"/>.</summary>
    public void Hold()
    {
        lock (Gate)
        {
            _holding = true;
        }
    }

    /// <summary>Processes the held events in the order they arrived, and stops holding; those the balance does not cover fail.</summary>
    public int Release()
    {
        lock (Gate)
        {
            _holding = false;
            var pending = _inOrder.Where(record => record.Event.Status == BehaviorEventStatus.Pending).ToList();
            foreach (var record in pending)
            {
                Process(record, Now);
            }

            return pending.Count;
        }
    }

    public BehaviorEvent? Find(string eventId)
    {
        lock (Gate)
        {
            return _events.TryGetValue(eventId, out var record) ? Snapshot(record) : null;
        }
    }

    public IReadOnlyList<BehaviorEvent> All()
    {
        lock (Gate)
        {
            return _inOrder.Select(Snapshot).ToList();
        }
    }

    /// <summary>Stops the expiry timers.</summary>
    public void Dispose()
    {
        lock (Gate)
        {
            foreach (var record in _inOrder)
            {
                record.StopExpiry();
            }
        }
    }

    /// <summary>The redeem items of every level of an event or an order: the event's own, the order's, each product line's, shipping's.</summary>
    private const int MaxReserveDays = 36_500;

    private const decimal MaxAmount = 1_000_000_000_000m;

    private static IEnumerable<decimal?> AmountsOf(SendEventRequest request)
    {
        var order = request.Order;
        return new[] { order?.Value, order?.DiscountedValue, order?.Shipping?.Value, order?.Shipping?.DiscountedValue }
            .Concat(order?.Products?.SelectMany(product => new[] { product?.Amount, product?.Value, product?.DiscountedValue }) ?? [])
            .Concat(RedeemItemsOf(request).Select(item => item?.Amount));
    }

    public static IEnumerable<OrderRedemption> RedeemItemsOf(SendEventRequest request) =>
        (request.Redeem ?? [])
            .Concat(request.Product?.Redeem ?? [])
            .Concat(RedeemItemsOf(request.Order));

    public static IEnumerable<OrderRedemption> RedeemItemsOf(Order? order) =>
        order is null
            ? []
            : (order.Redeem ?? [])
                .Concat((order.Products ?? []).SelectMany(product => product?.Redeem ?? []))
                .Concat(order.Shipping?.Redeem ?? []);

    private static string? Invalid(SendEventRequest request, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(request.CustomerId) || string.IsNullOrWhiteSpace(request.BrandId) || string.IsNullOrWhiteSpace(request.Type?.Value))
        {
            return "customer_id, brand_id and type are required";
        }

        if (request.IssuedAt > now || request.IssuedAt < now - MaxIssuedAtAge)
        {
            return "issued_at must be within the last 72 hours and not in the future";
        }

        if (request.Reserve is < 1)
        {
            return "reserve must be at least 1 day";
        }

        // Limits of the fake's own, so that no amount or date it computes can overflow: a 400, never a 500.
        if (request.Reserve is > MaxReserveDays)
        {
            return $"reserve must be at most {MaxReserveDays} days";
        }

        if (AmountsOf(request).Any(amount => amount is > MaxAmount or < -MaxAmount))
        {
            return $"Amounts must be at most {MaxAmount:N0}";
        }

        return RedeemItemsOf(request).Any(item => item is null || string.IsNullOrWhiteSpace(item.Id) || item.Amount is not > 0m)
            ? "Every redeem item needs an id and an amount more than zero"
            : null;
    }

    private static BehaviorEvent NewEvent(SendEventRequest request, DateTimeOffset now)
    {
        var data = JsonSerializer.SerializeToNode(request, FakeJsonContext.Default.SendEventRequest)!.AsObject();
        foreach (var field in new[] { "customer_id", "type", "fulfilled", "reserve", "issued_at" })
        {
            data.Remove(field);
        }

        return new BehaviorEvent
        {
            Id = Guid.NewGuid().ToString(),
            CustomerId = request.CustomerId,
            Type = request.Type,
            Data = data,
            Fulfilled = request.Fulfilled ?? true,
            Reserve = request.Reserve,
            QueueMessageId = Guid.NewGuid().ToString("N"),
            RewardingCampaigns = [],
            Status = BehaviorEventStatus.Pending,
            Result = new BehaviorEventResult(),
            IssuedAt = request.IssuedAt ?? now,
        };
    }

    /// <summary>A migrated event as the API answers it: fulfilled, resolved when it took effect, no campaign rewarding it.</summary>
    private static BehaviorEvent MigratedEventOf(string customerId, MigratedEvent migrated)
    {
        var data = JsonSerializer.SerializeToNode(migrated, FakeJsonContext.Default.MigratedEvent)!.AsObject();
        foreach (var field in new[] { "type", "fulfilled", "issued_at", "resolved_at" })
        {
            data.Remove(field);
        }

        return new BehaviorEvent
        {
            Id = Guid.NewGuid().ToString(),
            CustomerId = customerId,
            Type = migrated.Type,
            Data = data,
            Fulfilled = true,
            QueueMessageId = Guid.NewGuid().ToString("N"),
            RewardingCampaigns = [],
            Status = BehaviorEventStatus.Resolved,
            IssuedAt = migrated.IssuedAt,
            ResolvedAt = migrated.ResolvedAt,
        };
    }

    /// <summary>Works out what the event earns (by its brand's rule, for a purchase) and spends (its redeem items).</summary>
    private void Plan(FakeEventRecord record)
    {
        var request = record.Request;
        var rule = Rules.For(request.BrandId);
        if (request.Type == BehaviorEventType.Purchase && request.Order is { } order)
        {
            var points = Math.Max(0m, order.DiscountedValue ?? order.Value ?? 0m) * rule.PointsPerCurrencyUnit;
            if (points > 0m)
            {
                record.Earned.Add(new WalletLine { Amount = points, RewardId = rule.RewardId, BrandId = request.BrandId });
            }
        }

        foreach (var item in RedeemItemsOf(request))
        {
            record.Spent.Add(new WalletLine { Amount = item.Amount, RewardId = item.Id, BrandId = request.BrandId });
        }
    }

    /// <summary>Why the customer's balance does not cover what the event spends, or <see langword="null"/>.</summary>
    private string? Shortfall(FakeEventRecord record)
    {
        foreach (var reward in record.Spent.GroupBy(line => line.RewardId!))
        {
            var needed = reward.Sum(line => line.Amount ?? 0m);
            var balance = Ledger.Balance(record.CustomerId, reward.Key);
            if (needed > balance)
            {
                return string.Create(CultureInfo.InvariantCulture, $"Customer '{record.CustomerId}' has {balance} of reward '{reward.Key}'; the event redeems {needed}");
            }
        }

        return null;
    }

    private void Process(FakeEventRecord record, DateTimeOffset now)
    {
        var behaviorEvent = record.Event;
        behaviorEvent.ProcessingAt = now;
        behaviorEvent.ResolvedAt = now;
        if (Shortfall(record) is not null)
        {
            behaviorEvent.Status = BehaviorEventStatus.Failed;
            return;
        }

        Debit(record, now);
        if (record.IsFulfilled)
        {
            Credit(record, now);
        }

        behaviorEvent.Status = BehaviorEventStatus.Resolved;
        UpdateResult(record);
        if (!record.IsFulfilled)
        {
            StartExpiry(record, now);
        }
    }

    /// <summary>When an unfulfilled event's reservation ends: <c>reserve</c> days after it was issued, or 24 hours.</summary>
    private static DateTimeOffset ReservationEnd(FakeEventRecord record) =>
        record.Event.IssuedAt!.Value + (record.Event.Reserve is { } days ? TimeSpan.FromDays(days) : DefaultReservation);

    private void StartExpiry(FakeEventRecord record, DateTimeOffset now)
    {
        var due = ReservationEnd(record) - now;
        if (due <= TimeSpan.Zero)
        {
            Expire(record, now);
            return;
        }

        record.Expiry = _clock.CreateTimer(static state => ((ExpiryCallback)state!).Run(), new ExpiryCallback(this, record), due, Timeout.InfiniteTimeSpan);
    }

    private void ExpireWhenDue(FakeEventRecord record)
    {
        lock (Gate)
        {
            if (record.Event.Status == BehaviorEventStatus.Resolved && !record.IsFulfilled)
            {
                Expire(record, Now);
            }
        }
    }

    private void Expire(FakeEventRecord record, DateTimeOffset now)
    {
        record.StopExpiry();
        GiveBack(record, now, "Reservation expired");
        record.Event.Status = BehaviorEventStatus.Expired;
        record.Event.ExpiredAt = now;
        UpdateResult(record);
    }

    private void Debit(FakeEventRecord record, DateTimeOffset now)
    {
        var reservationEnd = record.IsFulfilled ? (DateTimeOffset?)null : ReservationEnd(record);
        foreach (var line in record.Spent)
        {
            Ledger.Record(record.CustomerId, Movement(record, FakeMovementType.Redemption, -line.Amount!.Value, line.RewardId!, now) with
            {
                Details = reservationEnd is null ? "Redeemed in the event" : "Reserved until the event is fulfilled",
                IssuedAt = record.Event.IssuedAt,
                ReservationExpiresAt = reservationEnd,
            });
        }

        record.Debited = true;
    }

    private void Credit(FakeEventRecord record, DateTimeOffset now)
    {
        foreach (var line in record.Earned)
        {
            Ledger.Record(record.CustomerId, Movement(record, FakeMovementType.Accumulation, line.Amount!.Value, line.RewardId!, now) with
            {
                Details = "Earned by the event",
                IssuedAt = record.Event.IssuedAt,
            });
        }

        record.Credited = true;
    }

    private void GiveBack(FakeEventRecord record, DateTimeOffset now, string details)
    {
        if (record.Debited)
        {
            foreach (var line in record.Spent)
            {
                Ledger.Record(record.CustomerId, Movement(record, FakeMovementType.Reversal, line.Amount!.Value, line.RewardId!, now) with { Details = details });
            }

            record.Debited = false;
        }
    }

    private void TakeBack(FakeEventRecord record, DateTimeOffset now, string details)
    {
        if (record.Credited)
        {
            foreach (var line in record.Earned)
            {
                Ledger.Record(record.CustomerId, Movement(record, FakeMovementType.Reversal, -line.Amount!.Value, line.RewardId!, now) with { Details = details });
            }

            record.Credited = false;
        }
    }

    /// <summary>A movement of the event's: its brand, id, type, and its order's channel and store.</summary>
    private static FakeMovement Movement(FakeEventRecord record, FakeMovementType type, decimal amount, string rewardId, DateTimeOffset now) =>
        new(type, amount, rewardId, now)
        {
            BrandId = record.Request.BrandId,
            EventId = record.Id,
            EventType = record.Request.Type?.Value,
            ChannelId = record.Request.Order?.ChannelId,
            StoreId = record.Request.Order?.StoreId,
        };

    /// <summary>Moves the customer's events to its new id, when it is identified under one; called under the state's lock.</summary>
    private void Rename(string customerId, string newId)
    {
        foreach (var record in _inOrder.Where(record => record.CustomerId == customerId))
        {
            record.CustomerId = newId;
            record.Event.CustomerId = newId;
        }
    }

    /// <summary>The event's result: the wallet and customer now, what it earned (once credited) and what it spent.</summary>
    private void UpdateResult(FakeEventRecord record)
    {
        var customer = _state.CustomerNow(record.CustomerId);
        record.Event.Result = new BehaviorEventResult
        {
            Wallet = customer?.Wallet,
            Customer = customer?.Customer,
            Accumulations = record.Event.Fulfilled == true ? record.Earned.Select(Copy).ToList() : [],
            Redemptions = record.Spent.Select(Copy).ToList(),
        };
    }

    private static WalletLine Copy(WalletLine line) => new() { Amount = line.Amount, RewardId = line.RewardId, BrandId = line.BrandId };

    /// <summary>A copy of the event as it stands, safe to answer outside the lock.</summary>
    private static BehaviorEvent Snapshot(FakeEventRecord record) =>
        JsonSerializer.SerializeToElement(record.Event, FakeJsonContext.Default.BehaviorEvent).Deserialize(FakeJsonContext.Default.BehaviorEvent)!;

    private sealed class ExpiryCallback(FakeEvents events, FakeEventRecord record)
    {
        public void Run() => events.ExpireWhenDue(record);
    }
}
