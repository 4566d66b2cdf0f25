using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Masivo.Sdk;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Masivo.Sdk.Testing.Tests.Webhooks;

public sealed class MapQueuedMasivoWebhooksTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_webhook_is_answered_202_before_a_slow_handler_runs_it()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handled = new TaskCompletionSource<MasivoWebhookEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await WebhookHost.StartAsync(
            app => app.MapQueuedMasivoWebhooks("/hooks", async (webhook, services, _) =>
            {
                Assert.NotNull(services.GetService<IServiceProvider>());
                await release.Task;
                handled.SetResult(webhook);
            }),
            services => services.AddMasivoWebhookQueue());

        using var response = await host.Client.PostAsync("/hooks", Json(Event("CUSTOMER_REGISTRATION")));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.False(handled.Task.IsCompleted);
        release.SetResult();
        Assert.Equal(MasivoWebhookEventType.CustomerRegistration, (await handled.Task.WaitAsync(Patience)).Event);
    }

    [Fact]
    public async Task A_malformed_body_is_refused_before_it_is_queued()
    {
        var calls = 0;
        await using var host = await WebhookHost.StartAsync(
            app => app.MapQueuedMasivoWebhooks("/hooks", (_, _, _) => { calls++; return Task.CompletedTask; }),
            services => services.AddMasivoWebhookQueue());

        using var malformed = await host.Client.PostAsync("/hooks", Json("""{"event":"\ud800","data":{}}"""));
        using var notJson = await host.Client.PostAsync("/hooks", new StringContent(Event("X"), Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task A_full_queue_answers_503_so_Masivo_delivers_again()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handled = new ConcurrentQueue<string>();
        await using var host = await WebhookHost.StartAsync(
            app => app.MapQueuedMasivoWebhooks("/hooks", async (webhook, _, _) =>
            {
                started.TrySetResult();
                await release.Task;
                handled.Enqueue(webhook.Event.Value);
            }),
            services => services.AddMasivoWebhookQueue(options => options.Capacity = 1));

        using var first = await host.Client.PostAsync("/hooks", Json(Event("FIRST")));
        await started.Task.WaitAsync(Patience);
        using var second = await host.Client.PostAsync("/hooks", Json(Event("SECOND")));
        using var third = await host.Client.PostAsync("/hooks", Json(Event("THIRD")));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, third.StatusCode);
        Assert.NotNull(third.Headers.RetryAfter);
        release.SetResult();
        await host.StopAsync();
        Assert.Equal(["FIRST", "SECOND"], handled);
    }

    [Fact]
    public async Task Stopping_the_host_handles_every_accepted_webhook_first()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handled = new ConcurrentQueue<string>();
        await using var host = await WebhookHost.StartAsync(
            app => app.MapQueuedMasivoWebhooks("/hooks", async (webhook, _, _) =>
            {
                await release.Task;
                handled.Enqueue(webhook.Event.Value);
            }),
            services => services.AddMasivoWebhookQueue());
        for (var i = 0; i < 5; i++)
        {
            using var response = await host.Client.PostAsync("/hooks", Json(Event($"E{i}")));
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        var stopping = host.StopAsync();
        release.SetResult();
        await stopping.WaitAsync(Patience);

        Assert.Equal(["E0", "E1", "E2", "E3", "E4"], handled);
    }

    [Fact]
    public async Task A_handler_cancelled_at_the_shutdown_timeout_is_counted_once_and_not_logged_as_a_failure()
    {
        var logs = new CapturedLogs();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await WebhookHost.StartAsync(
            app => app.MapQueuedMasivoWebhooks("/hooks", async (_, _, cancellationToken) =>
            {
                started.SetResult();
                try
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
                }
                finally
                {
                    ended.SetResult();
                }
            }),
            services => services
                .AddMasivoWebhookQueue()
                .Configure<Microsoft.Extensions.Hosting.HostOptions>(o => o.ShutdownTimeout = TimeSpan.Zero)
                .AddSingleton<ILoggerProvider>(logs));
        using var response = await host.Client.PostAsync("/hooks", Json(Event("SLOW")));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await started.Task.WaitAsync(Patience);

        await host.StopAsync().WaitAsync(Patience);
        await ended.Task.WaitAsync(Patience);

        var errors = logs.Entries.Where(entry => entry.Category == "Masivo.Sdk.AspNetCore.Webhooks" && entry.Level >= LogLevel.Error).ToList();
        var abandoned = Assert.Single(errors);
        Assert.Contains("stopped before 1 accepted", abandoned.Message, StringComparison.Ordinal);
        Assert.Null(abandoned.Exception);
    }

    [Fact]
    public async Task A_failing_handler_is_logged_and_the_next_webhook_still_runs()
    {
        var logs = new CapturedLogs();
        var handled = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await WebhookHost.StartAsync(
            app => app.MapQueuedMasivoWebhooks("/hooks", (webhook, _, _) =>
            {
                if (webhook.Event.Value == "THROW")
                {
                    throw new InvalidOperationException("database down");
                }

                if (webhook.Event == MasivoWebhookEventType.CustomerAccumulation)
                {
                    webhook.TryGetAccumulation(out _);
                }

                handled.SetResult(webhook.Event.Value);
                return Task.CompletedTask;
            }),
            services => services.AddMasivoWebhookQueue().AddSingleton<ILoggerProvider>(logs));

        using var failing = await host.Client.PostAsync("/hooks", Json(Event("THROW")));
        using var unreadable = await host.Client.PostAsync("/hooks", Json("""{"event":"CUSTOMER_ACCUMULATION","data":{"lines":"x"}}"""));
        using var next = await host.Client.PostAsync("/hooks", Json(Event("NEXT")));

        Assert.Equal(HttpStatusCode.Accepted, failing.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, unreadable.StatusCode);
        Assert.Equal("NEXT", await handled.Task.WaitAsync(Patience));
        var entries = logs.Entries.Where(entry => entry.Category == "Masivo.Sdk.AspNetCore.Webhooks").ToList();
        Assert.Contains(entries, entry => entry.Level == LogLevel.Error && entry.Message.Contains("THROW", StringComparison.Ordinal) && entry.Exception is InvalidOperationException);
        Assert.Contains(entries, entry => entry.Level == LogLevel.Warning && entry.Exception is MasivoWebhookFormatException);
    }

    [Fact]
    public async Task Mapping_without_the_queue_registered_says_what_to_call()
    {
        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            WebhookHost.StartAsync(app => app.MapQueuedMasivoWebhooks("/hooks", (_, _, _) => Task.CompletedTask)));

        Assert.Contains("AddMasivoWebhookQueue", exception.Message, StringComparison.Ordinal);
    }

    private static string Event(string name) => $$$"""{"event":"{{{name}}}","data":{"customer_id":"cust-1"}}""";

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
