using Masivo.Sdk;
using Masivo.Sdk.AspNetCore.Internal;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the endpoint that receives Masivo's webhooks.</summary>
public static class MasivoWebhookEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST <paramref name="pattern"/></c> to receive Masivo's webhooks: the body (JSON, at most
    /// <see cref="MasivoWebhooks.MaxPayloadBytes"/>) is read with <see cref="MasivoWebhooks.Parse"/> and handed to
    /// <paramref name="handler"/>, and the answer is <c>200 OK</c> once the handler has returned. A body that is not a
    /// webhook gets <c>400</c>, a content type other than UTF-8 JSON (<c>application/json</c>, <c>text/json</c>,
    /// <c>application/*+json</c>; none at all is accepted) <c>415</c>, a body too large <c>413</c>; the handler is not
    /// called. A <see cref="MasivoWebhookFormatException"/> from the handler (a typed accessor such as
    /// <see cref="MasivoWebhookEvent.TryGetAccumulation"/> met data that can never be read) is logged as a warning and
    /// answered <c>400</c>, so Masivo does not deliver a hopeless webhook again; any other exception fails the request
    /// (<c>500</c>), so Masivo delivers the webhook again.
    /// </summary>
    /// <remarks>
    /// The handler runs before the answer, so a <c>200</c> means the webhook was handled; Masivo waits meanwhile, so keep
    /// the handler short (record the event, enqueue the work), or map with <c>MapQueuedMasivoWebhooks</c> to answer
    /// <c>202</c> at once. Masivo signs nothing: protect the endpoint with a secret path segment, an IP allow-list
    /// (<c>RequireHost</c>, a filter, a proxy) and HTTPS, and make the handler idempotent, as deliveries can repeat.
    /// Refused requests are logged at debug level under the category <c>Masivo.Sdk.AspNetCore.Webhooks</c>.
    /// </remarks>
    /// <param name="endpoints">The application or route group.</param>
    /// <param name="pattern">The route, such as <c>"/webhooks/masivo/{a long random secret}"</c>.</param>
    /// <param name="handler">Called with each webhook and the request's cancellation token.</param>
    /// <returns>The endpoint's convention builder, to add <c>RequireHost</c>, authorization or metadata.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IEndpointConventionBuilder MapMasivoWebhooks(
        this IEndpointRouteBuilder endpoints,
        string pattern,
        Func<MasivoWebhookEvent, CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(handler);
        return endpoints.MapPost(pattern, context => WebhookEndpoint.HandleAsync(context, (webhook, ctx) => handler(webhook, ctx.RequestAborted)))
            .WithDisplayName("Masivo webhooks");
    }

    /// <summary>
    /// Maps <c>POST <paramref name="pattern"/></c> to receive Masivo's webhooks, as
    /// <see cref="MapMasivoWebhooks(IEndpointRouteBuilder, string, Func{MasivoWebhookEvent, CancellationToken, Task})"/>
    /// does, with the request's services for the handler (a scoped <c>DbContext</c>, say).
    /// </summary>
    /// <param name="endpoints">The application or route group.</param>
    /// <param name="pattern">The route, such as <c>"/webhooks/masivo/{a long random secret}"</c>.</param>
    /// <param name="handler">Called with each webhook, the request's scoped services and its cancellation token.</param>
    /// <returns>The endpoint's convention builder, to add <c>RequireHost</c>, authorization or metadata.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IEndpointConventionBuilder MapMasivoWebhooks(
        this IEndpointRouteBuilder endpoints,
        string pattern,
        Func<MasivoWebhookEvent, IServiceProvider, CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(handler);
        return endpoints.MapPost(pattern, context => WebhookEndpoint.HandleAsync(context, (webhook, ctx) => handler(webhook, ctx.RequestServices, ctx.RequestAborted)))
            .WithDisplayName("Masivo webhooks");
    }

    /// <summary>
    /// Maps <c>POST <paramref name="pattern"/></c> to receive Masivo's webhooks and answer at once: each webhook is read
    /// and refused as <see cref="MapMasivoWebhooks(IEndpointRouteBuilder, string, Func{MasivoWebhookEvent, CancellationToken, Task})"/>
    /// reads and refuses it (<c>400</c>, <c>413</c>, <c>415</c>), then put in the queue registered by
    /// <c>services.AddMasivoWebhookQueue()</c> and answered <c>202 Accepted</c>; a hosted service hands it to
    /// <paramref name="handler"/> afterwards. When the queue is full, or the application is stopping, the answer is
    /// <c>503</c> with <c>Retry-After</c>, so Masivo delivers the webhook again.
    /// </summary>
    /// <remarks>
    /// Once answered <c>202</c>, a webhook is Masivo's no longer: an exception from the handler is only logged (an error;
    /// a <see cref="MasivoWebhookFormatException"/> a warning), and Masivo does not deliver it again. Webhooks are handled
    /// one at a time, in the order accepted, each in its own service scope; the handler's token is cancelled only when the
    /// host's shutdown timeout passes with webhooks still queued. Those, and any queued when the process ends abruptly, are
    /// lost (the count is logged): the queue is in memory. Where no webhook may be lost, use
    /// <see cref="MapMasivoWebhooks(IEndpointRouteBuilder, string, Func{MasivoWebhookEvent, IServiceProvider, CancellationToken, Task})"/>
    /// and store each webhook durably (a table, a message broker) before it returns.
    /// </remarks>
    /// <param name="endpoints">The application or route group.</param>
    /// <param name="pattern">The route, such as <c>"/webhooks/masivo/{a long random secret}"</c>.</param>
    /// <param name="handler">Called later with each webhook, a service scope of its own and a token cancelled at the shutdown timeout.</param>
    /// <returns>The endpoint's convention builder, to add <c>RequireHost</c>, authorization or metadata.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><c>services.AddMasivoWebhookQueue()</c> was not called.</exception>
    public static IEndpointConventionBuilder MapQueuedMasivoWebhooks(
        this IEndpointRouteBuilder endpoints,
        string pattern,
        Func<MasivoWebhookEvent, IServiceProvider, CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(handler);
        var queue = endpoints.ServiceProvider.GetService<WebhookQueue>()
            ?? throw new InvalidOperationException("MapQueuedMasivoWebhooks needs the webhook queue: call builder.Services.AddMasivoWebhookQueue() first.");
        return endpoints.MapPost(pattern, context => WebhookEndpoint.EnqueueAsync(context, queue, handler))
            .WithDisplayName("Masivo webhooks (queued)");
    }
}
