using Masivo.Sdk;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Net.Http.Headers;

namespace Masivo.Sdk.AspNetCore.Internal;

/// <summary>
/// The request delegates behind <c>MapMasivoWebhooks</c> and <c>MapQueuedMasivoWebhooks</c>: check the content type
/// and size, parse the body, then call the handler and answer 200, or queue the webhook and answer 202. Problems with
/// the request are answered as plain text before any handler sees the webhook.
/// </summary>
internal static class WebhookEndpoint
{
    public static async Task HandleAsync(HttpContext context, Func<MasivoWebhookEvent, HttpContext, Task> handler)
    {
        if (await ReadAsync(context).ConfigureAwait(false) is not { } webhook)
        {
            return;
        }

        try
        {
            await handler(webhook, context).ConfigureAwait(false);
        }
        catch (MasivoWebhookFormatException exception)
        {
            // The webhook can never be read: a 500 would have Masivo deliver it again, forever.
            WebhookLog.DataUnreadable(Logger(context), webhook.ToString(), exception);
            await AnswerAsync(context, StatusCodes.Status400BadRequest, exception.Message).ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    public static async Task EnqueueAsync(HttpContext context, WebhookQueue queue, Func<MasivoWebhookEvent, IServiceProvider, CancellationToken, Task> handler)
    {
        if (await ReadAsync(context).ConfigureAwait(false) is not { } webhook)
        {
            return;
        }

        if (!queue.TryEnqueue(new QueuedWebhook(webhook, handler)))
        {
            WebhookLog.QueueFull(Logger(context), queue.Capacity, webhook.ToString());
            context.Response.Headers.RetryAfter = "10";
            await AnswerAsync(context, StatusCodes.Status503ServiceUnavailable, "The Masivo webhook queue is full or the application is stopping; deliver the webhook again later.").ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status202Accepted;
    }

    /// <summary>The webhook, or <see langword="null"/> when the request was refused (and answered).</summary>
    private static async Task<MasivoWebhookEvent?> ReadAsync(HttpContext context)
    {
        var request = context.Request;
        if (!IsUtf8Json(request.ContentType))
        {
            // The request's content type is not echoed: it is the sender's text.
            await RefuseAsync(context, StatusCodes.Status415UnsupportedMediaType, "A Masivo webhook is UTF-8 JSON: application/json, text/json or application/*+json.").ConfigureAwait(false);
            return null;
        }

        if (!IsIdentityEncoded(request.Headers.ContentEncoding))
        {
            // A compressed body is not read as JSON (request decompression middleware, where used, removes the header).
            await RefuseAsync(context, StatusCodes.Status415UnsupportedMediaType, "A Masivo webhook is sent without a content encoding (identity).").ConfigureAwait(false);
            return null;
        }

        if (request.ContentLength > MasivoWebhooks.MaxPayloadBytes)
        {
            await RefuseAsync(context, StatusCodes.Status413PayloadTooLarge, $"A Masivo webhook is at most {MasivoWebhooks.MaxPayloadBytes} bytes.").ConfigureAwait(false);
            return null;
        }

        // A chunked body is stopped by the server at the same limit, as it is read.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MasivoWebhooks.MaxPayloadBytes;
        }

        try
        {
            return await MasivoWebhooks.ParseAsync(request.Body, context.RequestAborted).ConfigureAwait(false);
        }
        catch (FormatException exception)
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, exception.Message).ConfigureAwait(false);
            return null;
        }
        catch (BadHttpRequestException exception)
        {
            await RefuseAsync(context, exception.StatusCode, exception.Message).ConfigureAwait(false);
            return null;
        }
    }

    /// <summary>Whether the body is sent as it is: no <c>Content-Encoding</c>, or only <c>identity</c>.</summary>
    private static bool IsIdentityEncoded(Microsoft.Extensions.Primitives.StringValues contentEncoding)
    {
        foreach (var value in contentEncoding)
        {
            foreach (var coding in (value ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!coding.Equals("identity", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// JSON (<c>application/json</c>, <c>text/json</c>, <c>application/*+json</c>) in UTF-8 (no charset, or UTF-8), or
    /// no content type at all (Masivo's sender is lenient, so is this endpoint).
    /// </summary>
    private static bool IsUtf8Json(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return true;
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
        {
            return false;
        }

        var json = mediaType.Type.Equals("application", StringComparison.OrdinalIgnoreCase)
                ? mediaType.SubType.Equals("json", StringComparison.OrdinalIgnoreCase) || mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase)
                : mediaType.Type.Equals("text", StringComparison.OrdinalIgnoreCase) && mediaType.SubType.Equals("json", StringComparison.OrdinalIgnoreCase);
        var charset = HeaderUtilities.RemoveQuotes(mediaType.Charset);
        return json && (!charset.HasValue || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase));
    }

    private static Task RefuseAsync(HttpContext context, int status, string message)
    {
        WebhookLog.Refused(Logger(context), status, message);
        return AnswerAsync(context, status, message);
    }

    private static Task AnswerAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(message, context.RequestAborted);
    }

    private static ILogger Logger(HttpContext context) =>
        context.RequestServices.GetService<ILoggerFactory>()?.CreateLogger(WebhookLog.Category) ?? NullLogger.Instance;
}
