using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Testing.Internal;

/// <summary>
/// Queues the webhooks a request's changes noted once the changes are made (before its answer starts, and once more
/// after the request, for answers that wrote nothing). The worker of <see cref="FakeWebhooks"/> delivers them in the
/// background, so the answer never waits for a webhook endpoint, as on Masivo.
/// </summary>
internal static class FakeWebhookDelivery
{
    public static async Task QueueAfterAsync(HttpContext context, RequestDelegate next, FakeState state)
    {
        context.Response.OnStarting(() =>
        {
            state.Webhooks.Queue(state);
            return Task.CompletedTask;
        });
        await next(context).ConfigureAwait(false);
        state.Webhooks.Queue(state);
    }
}
