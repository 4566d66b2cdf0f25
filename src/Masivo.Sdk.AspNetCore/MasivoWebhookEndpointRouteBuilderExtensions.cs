using Masivo.Sdk;
using Masivo.Sdk.AspNetCore.Internal;
using Microsoft.AspNetCore.Routing;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the endpoint that receives Masivo's webhooks.</summary>
public static class MasivoWebhookEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST <paramref name="pattern"/></c> to receive Masivo's webhooks: the body (JSON, at most
    /// <see cref="MasivoWebhooks.MaxPayloadBytes"/>) is read with <see cref="MasivoWebhooks.Parse"/> and handed to
    /// <paramref name="handler"/>, and the answer is <c>200 OK</c> once the handler has returned. A body that is not a
    /// webhook gets <c>400</c>, a content type other than JSON <c>415</c>, a body too large <c>413</c>; the handler
    /// is not called. An exception from the handler fails the request (<c>500</c>), so Masivo delivers the webhook again.
    /// </summary>
    /// <remarks>
    /// The handler runs before the answer: keep it short (record the event, enqueue the work) so Masivo is answered
    /// quickly. Masivo signs nothing: protect the endpoint with a secret path segment, an IP allow-list
    /// (<c>RequireHost</c>, a filter, a proxy) and HTTPS, and make the handler idempotent, as deliveries can repeat.
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
}
