using Masivo.Sdk.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Tests.Resilience;

/// <summary>Retries that run out, waits the SDK refuses to make, the circuit breaker, and the caller's own cancellation.</summary>
public sealed class RetryAndCircuitTests
{
    private static Task Answer(HttpContext context, int status, string body, string? retryAfter = null)
    {
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body);
    }

    private static Task Search(MasivoClient client, CancellationToken cancellationToken = default) =>
        client.Contacts.SearchAsync(new ContactSearchQuery { Email = "ana@example.com" }, cancellationToken);

    private static Task Redeem(MasivoClient client) =>
        client.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = "customer-42", Code = "WELCOME10" });

    [Fact]
    public async Task A_persistent_503_on_a_search_is_tried_one_plus_MaxRetries_times_then_surfaces_with_the_server_error()
    {
        await using var stub = await KestrelStub.StartAsync(c => Answer(c, 503, """{"error":"Service Unavailable","details":"maintenance"}"""));
        using var client = stub.CreateClient(o => o.MaxRetries = 2);

        var error = await Assert.ThrowsAsync<MasivoApiException>(() => Search(client));

        Assert.Equal(3, stub.Attempts);
        Assert.Equal(503, error.StatusCode);
        Assert.Equal("maintenance", error.Details);
        Assert.Contains("retry later", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MaxRetries_zero_disables_retries()
    {
        await using var stub = await KestrelStub.StartAsync(c => Answer(c, 503, """{"error":"Service Unavailable"}"""));
        using var client = stub.CreateClient(o => o.MaxRetries = 0);

        await Assert.ThrowsAsync<MasivoApiException>(() => Search(client));

        Assert.Equal(1, stub.Attempts);
    }

    [Fact]
    public async Task A_persistent_429_on_a_redeem_is_retried_because_it_was_not_processed_then_is_a_rate_limit_exception()
    {
        await using var stub = await KestrelStub.StartAsync(c => Answer(c, 429, """{"error":"Too Many Requests"}""", retryAfter: "0"));
        using var client = stub.CreateClient(o => o.MaxRetries = 2);

        var error = await Assert.ThrowsAsync<MasivoRateLimitException>(() => Redeem(client));

        Assert.Equal(3, stub.Attempts);
        Assert.Equal(TimeSpan.Zero, error.RetryAfter);
    }

    [Fact]
    public async Task A_Retry_After_beyond_what_is_left_of_TotalTimeout_fails_at_once_instead_of_waiting_to_time_out()
    {
        await using var stub = await KestrelStub.StartAsync(c => Answer(c, 429, """{"error":"Too Many Requests"}""", retryAfter: "30"));
        using var client = stub.CreateClient(o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(2);
            o.TotalTimeout = TimeSpan.FromSeconds(10);
            o.CircuitBreakerSamplingDuration = TimeSpan.FromSeconds(10);
            o.MaxRetryAfter = TimeSpan.FromMinutes(5);
        });

        var error = await Assert.ThrowsAsync<MasivoRateLimitException>(() => Search(client));

        Assert.Equal(1, stub.Attempts);
        Assert.Equal(TimeSpan.FromSeconds(30), error.RetryAfter);
        Assert.Contains("retry after 30 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_backoff_that_would_outlast_TotalTimeout_is_not_waited_and_the_server_error_surfaces_at_once()
    {
        await using var stub = await KestrelStub.StartAsync(c => Answer(c, 503, """{"error":"Service Unavailable","details":"maintenance"}"""));
        using var client = stub.CreateClient(o =>
        {
            // The first backoff is RetryDelay ±50%: at least 30 s, more than the 10 s the operation has.
            o.RetryDelay = TimeSpan.FromMinutes(1);
            o.AttemptTimeout = TimeSpan.FromSeconds(5);
            o.TotalTimeout = TimeSpan.FromSeconds(10);
            o.CircuitBreakerSamplingDuration = TimeSpan.FromSeconds(10);
        });

        var error = await Assert.ThrowsAsync<MasivoApiException>(() => Search(client));

        Assert.Equal(1, stub.Attempts);
        Assert.Equal(503, error.StatusCode);
        Assert.Equal("maintenance", error.Details);
    }

    [Fact]
    public async Task An_attempt_after_a_retry_gets_only_what_is_left_of_TotalTimeout_so_no_attempt_starts_after_it()
    {
        // Every attempt stalls until the client gives up on it; the server notes how long each one lasted.
        var lasted = new System.Collections.Concurrent.ConcurrentQueue<TimeSpan>();
        await using var stub = await KestrelStub.StartAsync(async c =>
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await Task.Delay(TimeSpan.FromSeconds(30), c.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            lasted.Enqueue(System.Diagnostics.Stopwatch.GetElapsedTime(started));
        });
        using var client = stub.CreateClient(o =>
        {
            o.MaxRetries = 3;
            o.RetryDelay = TimeSpan.FromMilliseconds(100); // waits of 50-150 ms, then 100-300 ms
            o.AttemptTimeout = TimeSpan.FromSeconds(2);
            o.TotalTimeout = TimeSpan.FromSeconds(3);
            o.CircuitBreakerSamplingDuration = TimeSpan.FromSeconds(10);
        });

        await Assert.ThrowsAsync<MasivoTimeoutException>(() => Search(client));

        // The first attempt gets its full 2 s; the retry gets the 850-950 ms left of the total, not
        // another 2 s (the margin absorbs a loaded machine's timer delays); and no third attempt
        // starts once the total is spent.
        Assert.Equal(2, stub.Attempts);
        await WaitUntilAsync(() => lasted.Count == 2);
        var second = lasted.ToArray()[1];
        Assert.True(second < TimeSpan.FromMilliseconds(1500), $"the second attempt lasted {second}");
    }

    [Fact]
    public async Task A_body_that_stalls_after_the_headers_is_an_attempt_timeout_and_a_search_is_retried()
    {
        await using var stub = await KestrelStub.StartAsync(async c =>
        {
            c.Response.StatusCode = 200;
            c.Response.ContentType = "application/json";
            c.Response.ContentLength = 1000;
            await c.Response.WriteAsync("""{"data":[""");
            await c.Response.Body.FlushAsync();
            await Task.Delay(TimeSpan.FromSeconds(30), c.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        });
        using var client = stub.CreateClient(o =>
        {
            o.MaxRetries = 1;
            o.AttemptTimeout = TimeSpan.FromMilliseconds(500);
            o.TotalTimeout = TimeSpan.FromSeconds(5);
            o.CircuitBreakerSamplingDuration = TimeSpan.FromSeconds(10);
        });

        var call = Search(client);
        var finished = await Task.WhenAny(call, Task.Delay(TimeSpan.FromSeconds(20)));

        Assert.Same(call, finished);
        await Assert.ThrowsAsync<MasivoTimeoutException>(() => call);
        Assert.Equal(2, stub.Attempts);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }

    [Fact]
    public async Task A_Retry_After_beyond_MaxRetryAfter_fails_at_once()
    {
        await using var stub = await KestrelStub.StartAsync(c => Answer(c, 503, """{"error":"Service Unavailable"}""", retryAfter: "120"));
        using var client = stub.CreateClient(o => o.MaxRetryAfter = TimeSpan.FromSeconds(10));

        var error = await Assert.ThrowsAsync<MasivoApiException>(() => Search(client));

        Assert.Equal(1, stub.Attempts);
        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
    }

    private static MasivoClient BreakerClient(KestrelStub stub) => stub.CreateClient(o =>
    {
        o.MaxRetries = 0;
        o.AttemptTimeout = TimeSpan.FromSeconds(1);
        o.CircuitBreakerMinimumThroughput = 2;
        o.CircuitBreakerFailureRatio = 0.5;
        o.CircuitBreakerSamplingDuration = TimeSpan.FromSeconds(30);
        o.CircuitBreakerBreakDuration = TimeSpan.FromSeconds(30);
    });

    [Fact]
    public async Task Sustained_server_failures_open_the_circuit_and_later_calls_are_not_sent()
    {
        await using var stub = await KestrelStub.StartAsync(c => Answer(c, 503, """{"error":"Service Unavailable"}"""));
        using var client = BreakerClient(stub);

        await Assert.ThrowsAsync<MasivoApiException>(() => Search(client));
        await Assert.ThrowsAsync<MasivoApiException>(() => Search(client));
        var open = await Assert.ThrowsAsync<MasivoCircuitOpenException>(() => Search(client));
        var openForRedeem = await Assert.ThrowsAsync<MasivoCircuitOpenException>(() => Redeem(client));

        Assert.Equal(2, stub.Attempts);
        Assert.NotNull(open.InnerException);
        Assert.DoesNotMatch("Polly", open.GetType().FullName!);
        Assert.InRange(open.RetryAfter!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        Assert.Contains("repeating it is safe", open.Message, StringComparison.Ordinal);
        Assert.Equal("coupons.redeem", openForRedeem.Operation);
    }

    [Fact]
    public async Task Rate_limits_and_client_errors_do_not_open_the_circuit()
    {
        var attempt = 0;
        await using var stub = await KestrelStub.StartAsync(c => Interlocked.Increment(ref attempt) % 2 == 0
            ? Answer(c, 429, """{"error":"Too Many Requests"}""", retryAfter: "0")
            : Answer(c, 400, """{"error":"Bad Request"}"""));
        using var client = BreakerClient(stub);

        for (var i = 0; i < 6; i++)
        {
            await Assert.ThrowsAnyAsync<MasivoApiException>(() => Search(client));
        }

        Assert.Equal(6, stub.Attempts);
    }

    [Fact]
    public async Task The_callers_own_cancellation_is_an_OperationCanceledException_not_a_Masivo_error()
    {
        await using var stub = await KestrelStub.StartAsync(c => Task.Delay(TimeSpan.FromSeconds(10), c.RequestAborted));
        using var client = stub.CreateClient(o => o.AttemptTimeout = TimeSpan.FromSeconds(5));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Search(client, cancel.Token));

        Assert.IsNotAssignableFrom<MasivoException>(error);
        Assert.Equal(cancel.Token, error.CancellationToken);
        Assert.Equal(1, stub.Attempts);
    }

    [Fact]
    public void The_circuit_breaker_settings_are_always_bounded()
    {
        var invalid = new MasivoClientOptions { AccessToken = "t", CircuitBreakerFailureRatio = 0, CircuitBreakerMinimumThroughput = 1, CircuitBreakerEnabled = false };

        var error = Assert.Throws<ArgumentException>(() => new MasivoClient(invalid));

        Assert.Contains("CircuitBreakerFailureRatio", error.Message, StringComparison.Ordinal);
        Assert.Contains("CircuitBreakerMinimumThroughput", error.Message, StringComparison.Ordinal);
    }
}
