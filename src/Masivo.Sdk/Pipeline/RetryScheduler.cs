using Polly;

namespace Masivo.Sdk.Internal;

/// <summary>
/// Decides, after a failed attempt, whether and when the next one starts: only what
/// <see cref="OutcomePredicates"/> allows for the operation, after the server's <c>Retry-After</c> (up to
/// <see cref="MasivoClientOptions.MaxRetryAfter"/>) or an exponential backoff with jitter from
/// <see cref="MasivoClientOptions.RetryDelay"/>, and never when the wait would outlast the operation's
/// deadline. The wait decided here is the one the retry strategy then waits.
/// </summary>
internal sealed class RetryScheduler(MasivoClientOptions options, OperationDeadline deadline, TimeProvider timeProvider)
{
    // Backoffs stop doubling here; Retry-After and the deadline bound the rest.
    private const int MaxDoublings = 16;

    private static readonly ResiliencePropertyKey<TimeSpan> NextWait = new("Masivo.Sdk.NextRetryWait");

    private static readonly TimeSpan MinimumAttempt = TimeSpan.FromMilliseconds(10);

    private readonly TimeSpan _maxRetryAfter = options.MaxRetryAfter;
    private readonly TimeSpan _retryDelay = options.RetryDelay;

    /// <summary>The retry strategy's predicate: true when the attempt is retried, its wait stored for <see cref="WaitBeforeRetry"/>.</summary>
    public bool ShouldRetry(ResilienceContext context, Outcome<HttpResponseMessage> outcome, int attemptNumber)
    {
        if (OutcomePredicates.IsSuccess(outcome))
        {
            return false;
        }

        var operation = MasivoEndpoint.Of(context.GetRequestMessage());
        if (!OutcomePredicates.IsRetryable(outcome, operation))
        {
            return false;
        }

        TimeSpan wait;
        if (RetryAfterHeader.Of(outcome.Result, timeProvider) is { } retryAfter)
        {
            if (retryAfter > _maxRetryAfter)
            {
                return false;
            }

            wait = retryAfter;
        }
        else
        {
            wait = Backoff(attemptNumber);
        }

        // A wait the operation could not finish, or after which too little is left for an attempt
        // (less than the shortest AttemptTimeout), fails the call now instead.
        if (wait + MinimumAttempt >= deadline.Remaining(context))
        {
            return false;
        }

        context.Properties.Set(NextWait, wait);
        return true;
    }

    /// <summary>The retry strategy's delay: the wait <see cref="ShouldRetry"/> decided.</summary>
    public static TimeSpan? WaitBeforeRetry(ResilienceContext context) =>
        context.Properties.TryGetValue(NextWait, out var wait) ? wait : null;

    /// <summary><see cref="MasivoClientOptions.RetryDelay"/> doubled per failed attempt, with ±50% jitter so that clients do not retry in step.</summary>
    private TimeSpan Backoff(int attemptNumber)
    {
        var exponential = _retryDelay.Ticks * (double)(1L << Math.Min(attemptNumber, MaxDoublings));
        return TimeSpan.FromTicks((long)(exponential * (0.5 + Random.Shared.NextDouble())));
    }
}
