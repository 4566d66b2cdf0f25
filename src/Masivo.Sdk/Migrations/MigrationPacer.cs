using System.Globalization;

namespace Masivo.Sdk.Internal;

/// <summary>
/// Spaces the migration requests of one client to Masivo's migration limiter, across every migration
/// running on it: one request at a time, each starting at least <see cref="MasivoClientOptions.MigrationRequestInterval"/>
/// after the previous one's answer arrived; longer when <c>X-RateLimit-Remaining</c>/<c>X-RateLimit-Reset</c>
/// say the window is running out, and until <c>Retry-After</c> has passed after a 429.
/// </summary>
/// <remarks>
/// The limiter counts from when a request reaches it, which is some time after the request left and
/// before its answer came back. Spacing from the turn, or from when a request left, brings the next
/// one too close whenever the previous trip was slower than this one (a token exchange, a new
/// connection, a loaded machine): the next request then meets a 429 and waits a whole Retry-After.
/// Spacing from the answer never does; it costs the answer's trip time once per batch.
/// </remarks>
internal sealed class MigrationPacer(TimeProvider timeProvider, TimeSpan interval, TimeSpan maxWait, ClientTelemetry telemetry)
{
    public const string RemainingHeader = "X-RateLimit-Remaining";
    public const string ResetHeader = "X-RateLimit-Reset";

    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly object _gate = new();
    private DateTimeOffset _lastStart = DateTimeOffset.MinValue;
    private DateTimeOffset _notBefore = DateTimeOffset.MinValue;

    private DateTimeOffset _lastAnswer = DateTimeOffset.MinValue;
    private int _inFlight;
    private int _turns;
    private TaskCompletionSource _idle = NewIdleSignal();

    public TimeSpan Interval => interval;

    /// <summary>
    /// Waits until a migration request may start, and claims the turn: no other migration of the client
    /// starts until <see cref="EndTurn"/> (the batch's send is over, its answer in) and the interval after it.
    /// </summary>
    public async Task WaitForTurnAsync(CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another migration's request still in flight: its answer decides when the next may leave.
            while (InFlightSignal() is { } answered)
            {
                await answered.WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            var (next, pushedBack) = NextStartAndReason();
            var wait = next - timeProvider.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                Report(wait, pushedBack);

                // A timer may fire a little early by the clock's reading; a request that early is refused.
                do
                {
                    await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
                    wait = next - timeProvider.GetUtcNow();
                }
                while (wait > TimeSpan.Zero);
            }

            lock (_gate)
            {
                _lastStart = timeProvider.GetUtcNow();
                _turns++;
            }
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>Notes that a migration request (an attempt) left for the wire.</summary>
    public void MarkSent()
    {
        lock (_gate)
        {
            var now = timeProvider.GetUtcNow();
            if (now > _lastStart)
            {
                _lastStart = now;
            }

            _inFlight++;
        }
    }

    /// <summary>Notes that a request's answer arrived (or that it ended without one): the next is spaced from now.</summary>
    public void MarkAnswered()
    {
        lock (_gate)
        {
            _lastAnswer = timeProvider.GetUtcNow();
            _inFlight--;
        }

        SignalIfIdle();
    }

    /// <summary>Ends a turn claimed by <see cref="WaitForTurnAsync"/>.</summary>
    public void EndTurn()
    {
        lock (_gate)
        {
            _turns--;
        }

        SignalIfIdle();
    }

    private void SignalIfIdle()
    {
        TaskCompletionSource? idle = null;
        lock (_gate)
        {
            if (_turns == 0 && _inFlight == 0)
            {
                idle = _idle;
                _idle = NewIdleSignal();
            }
        }

        idle?.TrySetResult();
    }

    /// <summary>Learns from a migration answer's rate-limit headers how long the next request must wait.</summary>
    public void Observe(HttpResponseMessage response)
    {
        var now = timeProvider.GetUtcNow();
        if ((int)response.StatusCode == 429)
        {
            var retryAfter = RetryAfterHeader.Of(response, timeProvider) ?? interval;
            Defer(now + Min(retryAfter, maxWait));
            return;
        }

        if (ReadSeconds(response, RemainingHeader) is not { } remaining || ReadSeconds(response, ResetHeader) is not { } resetSeconds)
        {
            return;
        }

        // With R requests left in the window, spread them over what is left of it; with none, wait it out.
        // Computed in seconds and bounded by maxWait before it becomes a TimeSpan: the headers are the server's word.
        var spacingSeconds = remaining < 1 ? resetSeconds : resetSeconds / remaining;
        var spacing = spacingSeconds >= maxWait.TotalSeconds ? maxWait : TimeSpan.FromSeconds(spacingSeconds);
        if (spacing > interval)
        {
            Defer(now + spacing);
        }
    }

    /// <returns>When the next request may start, and whether Masivo (a 429 or the window) rather than the interval decides it.</returns>
    private (DateTimeOffset Next, bool PushedBack) NextStartAndReason()
    {
        lock (_gate)
        {
            var last = _lastAnswer > _lastStart ? _lastAnswer : _lastStart;
            var byInterval = last == DateTimeOffset.MinValue ? DateTimeOffset.MinValue : last + interval;
            return byInterval >= _notBefore ? (byInterval, false) : (_notBefore, true);
        }
    }

    private void Report(TimeSpan wait, bool pushedBack)
    {
        var tags = telemetry.Tags(operation: null);
        tags.Add("masivo.reason", pushedBack ? "rate_limit" : "interval");
        MasivoDiagnostics.RateLimitWaits.Add(1, tags);
        System.Diagnostics.Activity.Current?.AddEvent(new System.Diagnostics.ActivityEvent(
            "masivo.rate_limit.wait",
            tags: new System.Diagnostics.ActivityTagsCollection { ["masivo.reason"] = pushedBack ? "rate_limit" : "interval", ["masivo.wait_ms"] = (long)wait.TotalMilliseconds }));
        if (pushedBack)
        {
            MasivoLog.RateLimitWait(telemetry.Logger, (long)wait.TotalMilliseconds, "Masivo asked to slow down");
        }
        else
        {
            MasivoLog.PacingWait(telemetry.Logger, (long)wait.TotalMilliseconds, (long)interval.TotalMilliseconds);
        }
    }

    private void Defer(DateTimeOffset until)
    {
        lock (_gate)
        {
            if (until > _notBefore)
            {
                _notBefore = until;
            }
        }
    }

    private static double? ReadSeconds(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values)
        && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
        && double.IsFinite(value)
        && value >= 0
            ? value
            : null;

    private static TimeSpan Min(TimeSpan left, TimeSpan right) => left < right ? left : right;

    private static TaskCompletionSource NewIdleSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private Task? InFlightSignal()
    {
        lock (_gate)
        {
            return _inFlight > 0 || _turns > 0 ? _idle.Task : null;
        }
    }
}
