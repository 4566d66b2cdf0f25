using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Masivo.Sdk.AspNetCore.Internal;

/// <summary>A webhook accepted by a queued endpoint, with that endpoint's handler.</summary>
internal sealed record QueuedWebhook(MasivoWebhookEvent Webhook, Func<MasivoWebhookEvent, IServiceProvider, CancellationToken, Task> Handler);

/// <summary>
/// The bounded queue behind <c>MapQueuedMasivoWebhooks</c>, and the hosted service that empties it: one webhook at a
/// time, in the order accepted, each in its own service scope. On stop it refuses new webhooks (the endpoint answers
/// 503) and handles what it holds until the host's shutdown timeout; then it cancels the handler's token and logs how
/// many accepted webhooks were not handled.
/// </summary>
internal sealed class WebhookQueue : IHostedService, IDisposable
{
    private readonly Channel<QueuedWebhook> _channel;
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _abort = new();
    private Task _loop = Task.CompletedTask;
    private int _running;

    public WebhookQueue(IOptions<MasivoWebhookQueueOptions> options, IServiceScopeFactory scopes, ILoggerFactory loggerFactory)
    {
        Capacity = options.Value.Capacity;
        _channel = Channel.CreateBounded<QueuedWebhook>(new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        _scopes = scopes;
        _logger = loggerFactory.CreateLogger(WebhookLog.Category);
    }

    public int Capacity { get; }

    /// <summary>Queues a webhook; <see langword="false"/> when the queue is full or stopping.</summary>
    public bool TryEnqueue(QueuedWebhook webhook) => _channel.Writer.TryWrite(webhook);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _loop = Task.Run(() => RunAsync(_abort.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _channel.Writer.TryComplete();
        try
        {
            await _loop.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host's shutdown timeout: stop after the handler running now, which sees its token cancelled. What is
            // left is counted before that handler can end, so it is counted once, here, and not logged as a failure.
            var left = _channel.Reader.Count + Volatile.Read(ref _running);
            await _abort.CancelAsync().ConfigureAwait(false);
            WebhookLog.QueueAbandoned(_logger, left);
        }
    }

    public void Dispose() => _abort.Dispose();

    private async Task RunAsync(CancellationToken abort)
    {
        while (await _channel.Reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            while (!abort.IsCancellationRequested && _channel.Reader.TryRead(out var item))
            {
                await HandleAsync(item, abort).ConfigureAwait(false);
            }

            if (abort.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task HandleAsync(QueuedWebhook item, CancellationToken abort)
    {
        Volatile.Write(ref _running, 1);
        try
        {
            var scope = _scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                await item.Handler(item.Webhook, scope.ServiceProvider, abort).ConfigureAwait(false);
            }
        }
        catch (MasivoWebhookFormatException exception)
        {
            WebhookLog.QueuedDataUnreadable(_logger, item.Webhook.ToString(), exception);
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            // Cancelled at the host's shutdown timeout: already counted among the webhooks the host stopped before
            // handling (QueueAbandoned), so not logged a second time as a handler failure.
        }
#pragma warning disable CA1031 // One failed webhook must not stop the queue: it is logged, as nothing else can see it.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            WebhookLog.QueuedHandlerFailed(_logger, item.Webhook.ToString(), exception);
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }
}
