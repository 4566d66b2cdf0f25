using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Channels;

namespace Masivo.Sdk.Testing.Internal;

/// <summary>
/// The webhooks the fake sends as Masivo would: in the background, never inside the API call that caused them. State
/// changes note them in an outbox (<see cref="NoteRegistration"/>, <see cref="NoteMovement"/>, under the state's lock);
/// <see cref="Queue"/> builds them, with the wallet as it stands once the change is made, and hands them to one worker
/// per server, which delivers them in order, one at a time, to the test's callback and URL. A failed attempt (an
/// exception, an answer other than 2xx, a timeout) is tried again after a backoff on the server's clock, up to
/// <see cref="MasivoFakeServerOptions.WebhookMaxAttempts"/> attempts, before the next webhook goes. Movements noted
/// together for one customer and kind (the lines of one event) go out as one webhook.
/// </summary>
internal sealed class FakeWebhooks : IAsyncDisposable
{
    private readonly object _gate = new();
    private readonly List<Pending> _outbox = [];
    private readonly Channel<Delivery> _queue = Channel.CreateUnbounded<Delivery>(new UnboundedChannelOptions { SingleReader = true });
    private readonly List<MasivoWebhookEvent> _delivered = [];
    private readonly List<FakeWebhookAttempt> _attempts = [];
    private readonly List<FakeWebhookAttempt> _givenUp = [];
    private readonly CancellationTokenSource _stopping = new();
    private readonly MasivoFakeServerOptions _options;
    private readonly HttpClient? _http;
    private readonly Task _worker;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _unfinished;
    private bool _disposed;

    public FakeWebhooks(MasivoFakeServerOptions options)
    {
        _options = options;
        _http = options.WebhookUrl is null ? null : new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        _worker = Enabled ? Task.Run(RunAsync) : Task.CompletedTask;
    }

    /// <summary>Refuses delivery options out of range, before a server starts.</summary>
    public static void Validate(MasivoFakeServerOptions options)
    {
        if (options.WebhookMaxAttempts is < 1 or > MaxAttempts)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options), options.WebhookMaxAttempts, $"{nameof(MasivoFakeServerOptions.WebhookMaxAttempts)} must be 1 to {MaxAttempts}.");
        }

        if (options.WebhookRetryDelay < TimeSpan.Zero || options.WebhookRetryDelay > MaxRetryDelay)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options), options.WebhookRetryDelay, $"{nameof(MasivoFakeServerOptions.WebhookRetryDelay)} must be zero to {MaxRetryDelay}.");
        }

        if (options.WebhookTimeout != Timeout.InfiniteTimeSpan && (options.WebhookTimeout <= TimeSpan.Zero || options.WebhookTimeout > MaxRetryDelay))
        {
            throw new ArgumentOutOfRangeException(
                nameof(options), options.WebhookTimeout, $"{nameof(MasivoFakeServerOptions.WebhookTimeout)} must be positive and at most {MaxRetryDelay}, or Timeout.InfiniteTimeSpan.");
        }
    }

    // Bounds that keep the doubling backoff and the timers representable.
    private const int MaxAttempts = 10;
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromDays(1);

    /// <summary>Notes a registration (or, with <paramref name="eventType"/>, an identification); the caller holds the state's lock.</summary>
    public void NoteRegistration(MasivoWebhookEventType eventType, string customerId)
    {
        if (Enabled)
        {
            lock (_gate)
            {
                _outbox.Add(new Pending(eventType, customerId, null));
            }
        }
    }

    /// <summary>Notes a balance movement: accumulations and redemptions (not reservations) have webhooks; the caller holds the state's lock.</summary>
    public void NoteMovement(string customerId, FakeMovement movement)
    {
        MasivoWebhookEventType? eventType = movement.Type switch
        {
            FakeMovementType.Accumulation when movement.Amount > 0m => MasivoWebhookEventType.CustomerAccumulation,
            FakeMovementType.Redemption when movement.ReservationExpiresAt is null && movement.Amount != 0m => MasivoWebhookEventType.CustomerRedemption,
            _ => (MasivoWebhookEventType?)null,
        };
        if (!Enabled || eventType is not { } type)
        {
            return;
        }

        var line = new WalletLine
        {
            Amount = Math.Abs(movement.Amount),
            RewardId = movement.RewardId,
            CampaignId = movement.CampaignId,
            BrandId = movement.BrandId,
            IssuedAt = movement.IssuedAt ?? movement.CreatedAt,
            ExpirationDate = movement.ExpirationDate,
        };
        lock (_gate)
        {
            if (_outbox.Count > 0 && _outbox[^1] is { Lines: { } lines } last && last.EventType == type && last.CustomerId == customerId)
            {
                lines.Add(line);
            }
            else
            {
                _outbox.Add(new Pending(type, customerId, [line]));
            }
        }
    }

    /// <summary>
    /// Builds every noted webhook from <paramref name="state"/> as it is now and queues it for delivery; returns at once.
    /// Called when a request's changes are made (before its answer starts) and after a change made outside a request.
    /// </summary>
    public void Queue(FakeState state)
    {
        if (!Enabled)
        {
            return;
        }

        // Under the state's lock, so webhooks queued by concurrent requests keep the order their changes were noted in.
        lock (state.Gate)
        {
            List<Pending> pending;
            lock (_gate)
            {
                if (_outbox.Count == 0)
                {
                    return;
                }

                pending = [.. _outbox];
                _outbox.Clear();
                _unfinished += pending.Count;
            }

            foreach (var item in pending)
            {
                var body = Build(item, state);
                if (!_queue.Writer.TryWrite(new Delivery(body, MasivoWebhooks.Parse(body))))
                {
                    Finish(attempt: null, delivered: null);
                }
            }
        }
    }

    /// <summary>Gets the webhooks delivered so far (the callback returned, the URL answered 2xx), in order, each once.</summary>
    public IReadOnlyList<MasivoWebhookEvent> Delivered()
    {
        lock (_gate)
        {
            return _delivered.ToList();
        }
    }

    /// <summary>Gets every delivery attempt so far, failed ones included, in order.</summary>
    public IReadOnlyList<FakeWebhookAttempt> Attempts()
    {
        lock (_gate)
        {
            return _attempts.ToList();
        }
    }

    /// <summary>
    /// Waits until at least <paramref name="count"/> webhooks are delivered and nothing queued is left to deliver (nor to
    /// deliver again); throws as soon as a webhook was given up after its last attempt.
    /// </summary>
    public Task<IReadOnlyList<MasivoWebhookEvent>> WaitForAsync(int count, TimeSpan timeout, CancellationToken cancellationToken) =>
        WaitAsync(
            () => _delivered.Count >= count && _unfinished == 0 ? _delivered.ToList() : null,
            () => $"{_delivered.Count} webhook(s) of the {count} awaited were delivered in {timeout}"
                + (_unfinished > 0 ? $", {_unfinished} still queued or being delivered again" : string.Empty) + ": "
                + (_delivered.Count == 0 ? "none." : string.Join(", ", _delivered.Select(webhook => webhook.Event.Value)) + ".")
                + FailedAttempts()
                + (Enabled ? string.Empty : " Set MasivoFakeServerOptions.WebhookUrl or WebhookHandler to have webhooks sent."),
            reportGivenUp: true,
            timeout,
            cancellationToken);

    /// <summary>Waits until at least <paramref name="count"/> delivery attempts, failed or not (given up too), have ended.</summary>
    public Task<IReadOnlyList<FakeWebhookAttempt>> WaitForAttemptsAsync(int count, TimeSpan timeout, CancellationToken cancellationToken) =>
        WaitAsync(
            () => _attempts.Count >= count ? _attempts.ToList() : null,
            () => $"{_attempts.Count} webhook delivery attempt(s) of the {count} awaited ended in {timeout}"
                + (_attempts.Count == 0 ? "." : ": " + string.Join(", ", _attempts) + ".")
                + (Enabled ? string.Empty : " Set MasivoFakeServerOptions.WebhookUrl or WebhookHandler to have webhooks sent."),
            reportGivenUp: false,
            timeout,
            cancellationToken);

    /// <summary>Stops the worker: the delivery under way is cancelled, and what is still queued is not delivered.</summary>
    public async ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            Signal();
        }

        _queue.Writer.TryComplete();
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _worker.ConfigureAwait(false);
        _http?.Dispose();
        _stopping.Dispose();
    }

    private bool Enabled => _options.WebhookUrl is not null || _options.WebhookHandler is not null;

    private async Task<IReadOnlyList<T>> WaitAsync<T>(Func<List<T>?> done, Func<string> describe, bool reportGivenUp, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout != Timeout.InfiniteTimeSpan)
        {
            timer.CancelAfter(timeout);
        }

        while (true)
        {
            Task changed;
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, typeof(MasivoFakeServer));
                if (reportGivenUp && _givenUp.Count > 0)
                {
                    throw new InvalidOperationException(
                        "A webhook could not be delivered: " + string.Join("; ", _givenUp.Select(attempt => $"{attempt.Webhook.Event} failed {attempt.Number} time(s), last: {attempt.Failure}")));
                }

                if (done() is { } result)
                {
                    return result;
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(timer.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                lock (_gate)
                {
                    throw new TimeoutException(describe());
                }
            }
        }
    }

    // The caller holds _gate.
    private string FailedAttempts()
    {
        var failed = _attempts.Where(attempt => !attempt.Succeeded).ToList();
        return failed.Count == 0 ? string.Empty : " Failed attempts: " + string.Join(", ", failed) + ".";
    }

    // The caller holds _gate.
    private void Signal()
    {
        _changed.TrySetResult();
        _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
    private static byte[] Build(Pending pending, FakeState state)
    {
        var customer = state.FindCustomer(pending.CustomerId);
        return pending.Lines is { } lines
            ? Envelope(pending.EventType, new WalletChangeWebhookData { CustomerId = pending.CustomerId, Lines = lines, Wallet = customer?.Wallet }, FakeJsonContext.Default.WalletChangeWebhookData)
            : Envelope(pending.EventType, new CustomerRegistrationWebhookData { CustomerId = pending.CustomerId, Customer = customer?.Customer, Wallet = customer?.Wallet }, FakeJsonContext.Default.CustomerRegistrationWebhookData);
    }

    private static byte[] Envelope<T>(MasivoWebhookEventType eventType, T data, JsonTypeInfo<T> typeInfo)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("event", eventType.Value);
            writer.WritePropertyName("data");
            JsonSerializer.Serialize(writer, data, typeInfo);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private async Task RunAsync()
    {
        var stopping = _stopping.Token;
        try
        {
            await foreach (var delivery in _queue.Reader.ReadAllAsync(stopping).ConfigureAwait(false))
            {
                await DeliverAsync(delivery, stopping).ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // Stopping ends the worker however the delivery under way ends.
        catch (Exception) when (stopping.IsCancellationRequested)
#pragma warning restore CA1031
        {
        }
    }

    /// <summary>Delivers one webhook, again after each failed attempt, until it succeeds or its last attempt fails.</summary>
    private async Task DeliverAsync(Delivery delivery, CancellationToken stopping)
    {
        var clock = _options.TimeProvider;
        for (var number = 1; ; number++)
        {
            var (statusCode, failure) = await AttemptAsync(delivery, stopping).ConfigureAwait(false);
            var last = failure is null || number >= _options.WebhookMaxAttempts;
            var delay = last ? TimeSpan.Zero : RetryDelay(number);

            // The backoff's timer starts before the attempt is published, so a test that saw the failed attempt and then
            // advances a FakeTimeProvider past the delay finds the redelivery due.
            var backoff = last ? null : Task.Delay(delay, clock, stopping);
            var now = clock.GetUtcNow();
            var attempt = new FakeWebhookAttempt(delivery.Webhook, number, statusCode, failure, now, last ? null : now + delay);
            if (last)
            {
                Finish(attempt, delivered: failure is null);
                return;
            }

            lock (_gate)
            {
                _attempts.Add(attempt);
                Signal();
            }

            await backoff!.ConfigureAwait(false);
        }
    }

    // The first redelivery waits WebhookRetryDelay, each later one twice the one before.
    private TimeSpan RetryDelay(int failedAttempts) => _options.WebhookRetryDelay * Math.Pow(2, failedAttempts - 1);

    /// <summary>One attempt: the callback, then the POST; answers the URL's status code and why it failed, if it did.</summary>
    private async Task<(int? StatusCode, string? Failure)> AttemptAsync(Delivery delivery, CancellationToken stopping)
    {
        using var timeout = _options.WebhookTimeout == Timeout.InfiniteTimeSpan
            ? new CancellationTokenSource()
            : new CancellationTokenSource(_options.WebhookTimeout, _options.TimeProvider);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(stopping, timeout.Token);
        try
        {
            if (_options.WebhookHandler is { } handler)
            {
                await handler(delivery.Webhook, attempt.Token).ConfigureAwait(false);
            }

            if (_http is null)
            {
                return (null, null);
            }

            using var content = new ByteArrayContent(delivery.Body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await _http.PostAsync(_options.WebhookUrl, content, attempt.Token).ConfigureAwait(false);
            var statusCode = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? (statusCode, null) : (statusCode, $"{_options.WebhookUrl} answered {statusCode}");
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !stopping.IsCancellationRequested)
        {
            return (null, $"timed out after {_options.WebhookTimeout}");
        }
#pragma warning disable CA1031 // A failed attempt is delivered again and reported to the test that waits for webhooks, not to the API call that caused it.
        catch (Exception exception) when (!stopping.IsCancellationRequested)
#pragma warning restore CA1031
        {
            return (null, $"{exception.GetType().Name}: {exception.Message}");
        }
    }

    /// <summary>Ends a webhook's delivery: its last attempt (none when it could not be queued), delivered or given up.</summary>
    private void Finish(FakeWebhookAttempt? attempt, bool? delivered)
    {
        lock (_gate)
        {
            _unfinished--;
            if (attempt is not null)
            {
                _attempts.Add(attempt);
                if (delivered == true)
                {
                    _delivered.Add(attempt.Webhook);
                }
                else
                {
                    _givenUp.Add(attempt);
                }
            }

            Signal();
        }
    }

    private sealed record Delivery(byte[] Body, MasivoWebhookEvent Webhook);

    private sealed record Pending(MasivoWebhookEventType EventType, string CustomerId, List<WalletLine>? Lines);
}
