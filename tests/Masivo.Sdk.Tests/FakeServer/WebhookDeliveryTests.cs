using System.Collections.Concurrent;
using Masivo.Sdk.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Masivo.Sdk.Tests.FakeServer;

/// <summary>
/// The fake delivers webhooks as Masivo does: in the background, in order, never inside the API call that caused them,
/// and again after a failed attempt (an exception, a non-2xx answer, a timeout), after a backoff on the server's clock.
/// </summary>
public sealed class WebhookDeliveryTests
{
    // Long enough never to be reached when the code works; reached at once when an API call waits for a webhook.
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);

    private static readonly DateTimeOffset Start = new(2025, 6, 15, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_api_answers_without_waiting_for_a_slow_webhook_endpoint()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var received = new ConcurrentQueue<MasivoWebhookEvent>();
        await using var host = await WebhookEndpoint.StartAsync(async (webhook, _) =>
        {
            await release.Task;
            received.Enqueue(webhook);
        });
        await using var masivo = await MasivoFakeServer.StartAsync(new MasivoFakeServerOptions { WebhookUrl = host.Url });
        using var client = masivo.CreateClient();

        // The endpoint answers only once the test releases it: an API call that waited for it would never return.
        await client.Customers.CreateAsync(NewCustomer("cust-1")).WaitAsync(Guard);

        Assert.Empty(masivo.Webhooks);
        Assert.Empty(received);
        release.SetResult();
        var webhooks = await masivo.WaitForWebhooksAsync(1);
        Assert.Equal(MasivoWebhookEventType.CustomerRegistration, Assert.Single(webhooks).Event);
        Assert.Single(received);
    }

    [Fact]
    public async Task A_delivery_answered_500_is_delivered_again_after_the_backoff_on_the_servers_clock()
    {
        var clock = new FakeTimeProvider(Start);
        var calls = 0;
        await using var host = await WebhookEndpoint.StartAsync((_, _) =>
            Interlocked.Increment(ref calls) == 1 ? throw new InvalidOperationException("the database is down") : Task.CompletedTask);
        await using var masivo = await MasivoFakeServer.StartAsync(new MasivoFakeServerOptions { WebhookUrl = host.Url, TimeProvider = clock });
        using var client = masivo.CreateClient();
        await client.Customers.CreateAsync(NewCustomer("cust-1"));

        var failed = Assert.Single(await masivo.WaitForWebhookAttemptsAsync(1));

        Assert.False(failed.Succeeded);
        Assert.Equal(500, failed.StatusCode); // MapMasivoWebhooks answers 500 when the handler throws
        Assert.Contains("answered 500", failed.Failure, StringComparison.Ordinal);
        Assert.Equal(1, failed.Number);
        Assert.Equal(failed.CompletedAt + TimeSpan.FromMilliseconds(100), failed.NextAttemptAt);
        Assert.Empty(masivo.Webhooks); // not delivered yet: the redelivery waits for the clock

        clock.Advance(TimeSpan.FromMilliseconds(100));
        var webhooks = await masivo.WaitForWebhooksAsync(1);

        Assert.Equal("cust-1", Registration(Assert.Single(webhooks)));
        Assert.Equal(2, calls);
        var attempts = masivo.WebhookAttempts;
        Assert.Equal([(1, false), (2, true)], attempts.Select(attempt => (attempt.Number, attempt.Succeeded)));
        Assert.Equal(200, attempts[1].StatusCode);
        Assert.Null(attempts[1].NextAttemptAt);
        Assert.Equal(attempts[0].Webhook.Data.GetRawText(), attempts[1].Webhook.Data.GetRawText()); // the same webhook again
    }

    [Fact]
    public async Task An_attempt_that_times_out_is_cancelled_and_delivered_again_and_the_backoff_doubles()
    {
        var clock = new FakeTimeProvider(Start);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = 0;
        await using var masivo = await MasivoFakeServer.StartAsync(new MasivoFakeServerOptions
        {
            TimeProvider = clock,
            WebhookTimeout = TimeSpan.FromSeconds(5),
            WebhookHandler = async (_, cancellationToken) =>
            {
                var call = Interlocked.Increment(ref calls);
                if (call == 1)
                {
                    entered.SetResult();
                    await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken); // hangs until the attempt times out
                }
                else if (call == 2)
                {
                    throw new InvalidOperationException("still failing");
                }
            },
        });
        using var client = masivo.CreateClient();
        await client.Customers.CreateAsync(NewCustomer("cust-1"));
        await entered.Task.WaitAsync(Guard);

        clock.Advance(TimeSpan.FromSeconds(5));
        var timedOut = Assert.Single(await masivo.WaitForWebhookAttemptsAsync(1));
        Assert.Contains("timed out", timedOut.Failure, StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromMilliseconds(100));
        var second = (await masivo.WaitForWebhookAttemptsAsync(2))[1];
        Assert.Contains("still failing", second.Failure, StringComparison.Ordinal);
        Assert.Equal(second.CompletedAt + TimeSpan.FromMilliseconds(200), second.NextAttemptAt);

        clock.Advance(TimeSpan.FromMilliseconds(200));
        Assert.Single(await masivo.WaitForWebhooksAsync(1));
        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task A_webhook_failing_every_attempt_is_given_up_reported_by_the_wait_and_the_next_one_is_delivered()
    {
        await using var masivo = await MasivoFakeServer.StartAsync(new MasivoFakeServerOptions
        {
            WebhookMaxAttempts = 3,
            WebhookRetryDelay = TimeSpan.Zero,
            WebhookHandler = (webhook, _) => Registration(webhook) == "cust-1" ? throw new InvalidOperationException("handler broke") : Task.CompletedTask,
        });
        using var client = masivo.CreateClient();

        await client.Customers.CreateAsync(NewCustomer("cust-1"));
        await client.Customers.CreateAsync(NewCustomer("cust-2"));

        // In order: cust-1's three attempts, then cust-2's delivery.
        var attempts = await masivo.WaitForWebhookAttemptsAsync(4);
        Assert.Equal(
            [("cust-1", 1, false), ("cust-1", 2, false), ("cust-1", 3, false), ("cust-2", 1, true)],
            attempts.Select(attempt => (Registration(attempt.Webhook), attempt.Number, attempt.Succeeded)));
        Assert.Null(attempts[2].NextAttemptAt); // the last attempt
        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => masivo.WaitForWebhooksAsync(1));
        Assert.Contains("failed 3 time(s)", exception.Message, StringComparison.Ordinal);
        Assert.Contains("handler broke", exception.Message, StringComparison.Ordinal);
        Assert.Equal("cust-2", Registration(Assert.Single(masivo.Webhooks)));
    }

    [Fact]
    public async Task Webhooks_are_delivered_one_at_a_time_in_the_order_of_their_changes()
    {
        var inFlight = 0;
        var overlapped = false;
        await using var masivo = await MasivoFakeServer.StartAsync(new MasivoFakeServerOptions
        {
            WebhookHandler = async (_, _) =>
            {
                overlapped |= Interlocked.Increment(ref inFlight) > 1;
                await Task.Yield();
                Interlocked.Decrement(ref inFlight);
            },
        });
        using var client = masivo.CreateClient();

        for (var i = 0; i < 20; i++)
        {
            await client.Customers.CreateAsync(NewCustomer($"cust-{i}"));
        }

        var webhooks = await masivo.WaitForWebhooksAsync(20);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"cust-{i}"), webhooks.Select(Registration));
        Assert.False(overlapped);
    }

    [Fact]
    public async Task Waiting_for_none_waits_until_nothing_is_left_to_deliver()
    {
        var clock = new FakeTimeProvider(Start);
        var calls = 0;
        await using var masivo = await MasivoFakeServer.StartAsync(new MasivoFakeServerOptions
        {
            TimeProvider = clock,
            WebhookHandler = (_, _) => Interlocked.Increment(ref calls) == 1 ? throw new InvalidOperationException("once") : Task.CompletedTask,
        });
        using var client = masivo.CreateClient();
        Assert.Empty(await masivo.WaitForWebhooksAsync(0));

        await client.Customers.CreateAsync(NewCustomer("cust-1"));
        await masivo.WaitForWebhookAttemptsAsync(1);

        // One failed attempt, its redelivery due: the queue is not drained until the clock reaches it.
        await Assert.ThrowsAsync<TimeoutException>(() => masivo.WaitForWebhooksAsync(0, TimeSpan.FromMilliseconds(50)));
        clock.Advance(TimeSpan.FromMilliseconds(100));
        Assert.Single(await masivo.WaitForWebhooksAsync(0));
    }

    [Fact]
    public async Task Disposing_the_server_cancels_the_delivery_under_way_and_ends_the_waits()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var masivo = await MasivoFakeServer.StartAsync(new MasivoFakeServerOptions
        {
            WebhookHandler = async (_, cancellationToken) =>
            {
                entered.TrySetResult();
                try
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    cancelled.TrySetResult();
                    throw;
                }
            },
        });
        using (var client = masivo.CreateClient())
        {
            await client.Customers.CreateAsync(NewCustomer("cust-1")).WaitAsync(Guard);
            await client.Customers.CreateAsync(NewCustomer("cust-2")).WaitAsync(Guard);
        }

        await entered.Task.WaitAsync(Guard);
        var waiting = masivo.WaitForWebhooksAsync(2, Timeout.InfiniteTimeSpan);

        await masivo.DisposeAsync().AsTask().WaitAsync(Guard);

        Assert.True(cancelled.Task.IsCompleted);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => waiting);
        Assert.Empty(masivo.Webhooks);
    }

    [Theory]
    [InlineData(0, 100, 1_000)]
    [InlineData(11, 100, 1_000)]
    [InlineData(4, -1, 1_000)]
    [InlineData(4, 100, 0)]
    public async Task Delivery_options_out_of_range_are_refused_at_start(int maxAttempts, int retryDelayMs, int timeoutMs)
    {
        var options = new MasivoFakeServerOptions
        {
            WebhookMaxAttempts = maxAttempts,
            WebhookRetryDelay = TimeSpan.FromMilliseconds(retryDelayMs),
            WebhookTimeout = TimeSpan.FromMilliseconds(timeoutMs),
        };

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => MasivoFakeServer.StartAsync(options));
    }

    private static CreateCustomerRequest NewCustomer(string id) =>
        new() { Id = id, Name = "Ana", Email = $"{id}@example.com", RegistrationDate = Start };

    private static string? Registration(MasivoWebhookEvent webhook) =>
        webhook.TryGetRegistration(out var registration) ? registration.CustomerId : null;

    /// <summary>An application on Kestrel at 127.0.0.1 with a random port, with one endpoint mapped by MapMasivoWebhooks.</summary>
    private sealed class WebhookEndpoint : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private WebhookEndpoint(WebApplication app)
        {
            _app = app;
            Url = new Uri(new Uri(app.Urls.First()), "/webhooks/masivo/secret");
        }

        public Uri Url { get; }

        public static async Task<WebhookEndpoint> StartAsync(Func<MasivoWebhookEvent, CancellationToken, Task> handler)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            app.MapMasivoWebhooks("/webhooks/masivo/secret", handler);
            await app.StartAsync();
            return new WebhookEndpoint(app);
        }

        public ValueTask DisposeAsync() => _app.DisposeAsync();
    }
}
