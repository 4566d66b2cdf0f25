using System.Net;
using Masivo.Sdk.Internal;
using Microsoft.Extensions.Time.Testing;
using Polly;

namespace Masivo.Sdk.Tests.Resilience;

/// <summary>The waits between attempts: exponential with jitter, the server's Retry-After, and never past the operation's deadline.</summary>
public sealed class RetrySchedulerTests
{
    private readonly FakeTimeProvider _clock = new();

    private (RetryScheduler Scheduler, OperationDeadline Deadline) Create(TimeSpan retryDelay, TimeSpan totalTimeout)
    {
        var options = new MasivoClientOptions { RetryDelay = retryDelay, TotalTimeout = totalTimeout, AttemptTimeout = totalTimeout };
        var deadline = new OperationDeadline(options.TotalTimeout, options.AttemptTimeout, _clock);
        return (new RetryScheduler(options, deadline, _clock), deadline);
    }

    private static ResilienceContext Search()
    {
        var context = ResilienceContextPool.Shared.Get();
        var request = new HttpRequestMessage(HttpMethod.Get, "contacts");
        request.Options.Set(new HttpRequestOptionsKey<MasivoEndpoint>(MasivoEndpoint.RequestOptionKey), ContactsEndpoints.Search);
        context.SetRequestMessage(request);
        return context;
    }

    private static Outcome<HttpResponseMessage> Status(int status, TimeSpan? retryAfter = null)
    {
        var response = new HttpResponseMessage((HttpStatusCode)status);
        if (retryAfter is { } wait)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(wait);
        }

        return Outcome.FromResult(response);
    }

    [Theory]
    [InlineData(0, 50, 150)]
    [InlineData(1, 100, 300)]
    [InlineData(3, 400, 1200)]
    public void The_backoff_doubles_per_attempt_from_RetryDelay_within_plus_or_minus_half(int attempt, int minMs, int maxMs)
    {
        var (scheduler, deadline) = Create(TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(5));
        var context = Search();
        deadline.NextAttemptTimeout(context);
        var waits = new HashSet<TimeSpan>();

        for (var i = 0; i < 200; i++)
        {
            Assert.True(scheduler.ShouldRetry(context, Status(503), attempt));
            var wait = RetryScheduler.WaitBeforeRetry(context)!.Value;
            Assert.InRange(wait, TimeSpan.FromMilliseconds(minMs), TimeSpan.FromMilliseconds(maxMs));
            waits.Add(wait);
        }

        Assert.True(waits.Count > 100, "the waits are jittered, not all the same");
    }

    [Fact]
    public void A_Retry_After_is_the_wait()
    {
        var (scheduler, deadline) = Create(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5));
        var context = Search();
        deadline.NextAttemptTimeout(context);

        Assert.True(scheduler.ShouldRetry(context, Status(503, TimeSpan.FromSeconds(7)), 0));

        Assert.Equal(TimeSpan.FromSeconds(7), RetryScheduler.WaitBeforeRetry(context));
    }

    [Fact]
    public void No_retry_is_scheduled_once_its_wait_would_end_after_the_deadline()
    {
        var (scheduler, deadline) = Create(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
        var context = Search();
        deadline.NextAttemptTimeout(context);

        _clock.Advance(TimeSpan.FromSeconds(9));

        // 1 s left: a Retry-After of 2 s does not fit, nor does a third backoff (at least 2 s).
        Assert.False(scheduler.ShouldRetry(context, Status(503, TimeSpan.FromSeconds(2)), 0));
        Assert.False(scheduler.ShouldRetry(context, Status(503), 2));
        Assert.True(scheduler.ShouldRetry(context, Status(503, TimeSpan.FromMilliseconds(500)), 0));
    }

    [Fact]
    public void No_retry_is_scheduled_when_too_little_would_be_left_for_its_attempt()
    {
        var (scheduler, deadline) = Create(TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(10));
        var context = Search();
        deadline.NextAttemptTimeout(context);

        _clock.Advance(TimeSpan.FromSeconds(10) - TimeSpan.FromMilliseconds(5));

        // 5 ms left: a 1 ms wait fits, but an attempt of the 4 ms after it could not even be sent.
        Assert.False(scheduler.ShouldRetry(context, Status(503, TimeSpan.FromMilliseconds(1)), 0));
    }

    [Fact]
    public void An_attempt_gets_the_lesser_of_AttemptTimeout_and_what_is_left_of_the_total()
    {
        var deadline = new OperationDeadline(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(4), _clock);
        var context = ResilienceContextPool.Shared.Get();

        Assert.Equal(TimeSpan.FromSeconds(4), deadline.NextAttemptTimeout(context));
        _clock.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(TimeSpan.FromSeconds(4), deadline.NextAttemptTimeout(context));
        _clock.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(TimeSpan.FromSeconds(2), deadline.NextAttemptTimeout(context));
        _clock.Advance(TimeSpan.FromSeconds(3));
        Assert.True(deadline.NextAttemptTimeout(context) <= TimeSpan.FromMilliseconds(1), "past the deadline an attempt times out at once");
    }
}
