using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Masivo.Sdk.Testing.Internal;

/// <summary>
/// The webhooks the fake sends as Masivo would: state changes note them in an outbox (<see cref="NoteRegistration"/>,
/// <see cref="NoteMovement"/>, under the state's lock), and <see cref="DeliverPendingAsync"/> sends them, in order and
/// one at a time, to the test's callback and URL, then lists them. Movements noted together for one customer and kind
/// (the lines of one event) go out as one webhook, with the wallet as it stands when it is sent.
/// </summary>
internal sealed class FakeWebhooks : IDisposable
{
    private readonly object _gate = new();
    private readonly List<Pending> _outbox = [];
    private readonly List<MasivoWebhookEvent> _sent = [];
    private readonly List<string> _failures = [];
    private readonly MasivoFakeServerOptions _options;
    private readonly HttpClient? _http;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _delivering;

    public FakeWebhooks(MasivoFakeServerOptions options)
    {
        _options = options;
        _http = options.WebhookUrl is null ? null : new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
    }

    private bool Enabled => _options.WebhookUrl is not null || _options.WebhookHandler is not null;

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
    /// Sends every noted webhook, building each from <paramref name="state"/> as it is now. When a delivery is already
    /// under way (a webhook handler calling the fake, say), that one sends these too, and this returns at once.
    /// </summary>
    public async Task DeliverPendingAsync(FakeState state)
    {
        while (Interlocked.CompareExchange(ref _delivering, 1, 0) == 0)
        {
            try
            {
                while (Take() is { } pending)
                {
                    await DeliverAsync(Build(pending, state)).ConfigureAwait(false);
                }
            }
            finally
            {
                Volatile.Write(ref _delivering, 0);
            }

            // A webhook noted after the loop ended and before the flag was cleared would otherwise wait for the next request.
            lock (_gate)
            {
                if (_outbox.Count == 0)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Sends the noted webhooks on the thread pool, after a change made outside a request.</summary>
    public void DeliverInBackground(FakeState state) => _ = Task.Run(() => DeliverPendingAsync(state));

    public IReadOnlyList<MasivoWebhookEvent> Sent()
    {
        lock (_gate)
        {
            return _sent.ToList();
        }
    }

    public async Task<IReadOnlyList<MasivoWebhookEvent>> WaitForAsync(int count, TimeSpan timeout, CancellationToken cancellationToken)
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
                if (_failures.Count > 0)
                {
                    throw new InvalidOperationException("A webhook could not be delivered: " + string.Join("; ", _failures));
                }

                if (_sent.Count >= count)
                {
                    return _sent.ToList();
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(timer.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                var sent = Sent();
                throw new TimeoutException(
                    $"{sent.Count} webhook(s) of the {count} awaited were delivered in {timeout}: " +
                    (sent.Count == 0 ? "none." : string.Join(", ", sent.Select(webhook => webhook.Event.Value))) +
                    (Enabled ? string.Empty : " Set MasivoFakeServerOptions.WebhookUrl or WebhookHandler to have webhooks sent."));
            }
        }
    }

    public void Dispose() => _http?.Dispose();

    private Pending? Take()
    {
        lock (_gate)
        {
            if (_outbox.Count == 0)
            {
                return null;
            }

            var pending = _outbox[0];
            _outbox.RemoveAt(0);
            return pending;
        }
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

    private async Task DeliverAsync(byte[] body)
    {
        var webhook = MasivoWebhooks.Parse(body);
        string? failure = null;
        try
        {
            if (_options.WebhookHandler is { } handler)
            {
                await handler(webhook, CancellationToken.None).ConfigureAwait(false);
            }

            if (_http is not null)
            {
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var response = await _http.PostAsync(_options.WebhookUrl, content).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    failure = $"{webhook.Event} to {_options.WebhookUrl} was answered {(int)response.StatusCode}";
                }
            }
        }
#pragma warning disable CA1031 // A failed delivery is reported to the test that waits for webhooks, not to the API call that caused it.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            failure = $"{webhook.Event} failed: {exception.GetType().Name}: {exception.Message}";
        }

        lock (_gate)
        {
            _sent.Add(webhook);
            if (failure is not null)
            {
                _failures.Add(failure);
            }

            _changed.TrySetResult();
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    private sealed record Pending(MasivoWebhookEventType EventType, string CustomerId, List<WalletLine>? Lines);
}
