using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Testing.Internal;

/// <summary>
/// Sends the webhooks a request's changes noted before its answer starts, so a test that awaited the API call finds
/// them delivered; and once more after the request, for answers that wrote nothing.
/// </summary>
internal static class FakeWebhookDelivery
{
    public static async Task DeliverAfterAsync(HttpContext context, RequestDelegate next, FakeState state)
    {
        context.Response.OnStarting(() => state.Webhooks.DeliverPendingAsync(state));
        await next(context).ConfigureAwait(false);
        await state.Webhooks.DeliverPendingAsync(state).ConfigureAwait(false);
    }
}
