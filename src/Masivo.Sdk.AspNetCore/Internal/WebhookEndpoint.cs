using Masivo.Sdk;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Masivo.Sdk.AspNetCore.Internal;

/// <summary>
/// The request delegate behind <c>MapMasivoWebhooks</c>: checks the content type and size, parses the body, calls the
/// handler, then answers 200. Problems with the request are answered as plain text before the handler is called.
/// </summary>
internal static class WebhookEndpoint
{
    public static async Task HandleAsync(HttpContext context, Func<MasivoWebhookEvent, HttpContext, Task> handler)
    {
        var request = context.Request;
        if (!IsJson(request.ContentType))
        {
            await RejectAsync(context, StatusCodes.Status415UnsupportedMediaType, $"A Masivo webhook is JSON; the content type was '{request.ContentType}'.").ConfigureAwait(false);
            return;
        }

        if (request.ContentLength > MasivoWebhooks.MaxPayloadBytes)
        {
            await RejectAsync(context, StatusCodes.Status413PayloadTooLarge, $"A Masivo webhook is at most {MasivoWebhooks.MaxPayloadBytes} bytes.").ConfigureAwait(false);
            return;
        }

        // A chunked body is stopped by the server at the same limit, as it is read.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MasivoWebhooks.MaxPayloadBytes;
        }

        MasivoWebhookEvent webhook;
        try
        {
            webhook = await MasivoWebhooks.ParseAsync(request.Body, context.RequestAborted).ConfigureAwait(false);
        }
        catch (FormatException exception)
        {
            await RejectAsync(context, StatusCodes.Status400BadRequest, exception.Message).ConfigureAwait(false);
            return;
        }
        catch (BadHttpRequestException exception)
        {
            await RejectAsync(context, exception.StatusCode, exception.Message).ConfigureAwait(false);
            return;
        }

        await handler(webhook, context).ConfigureAwait(false);
        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    /// <summary>JSON, or no content type at all (Masivo's sender is lenient, so is this endpoint).</summary>
    private static bool IsJson(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return true;
        }

        var mediaType = contentType.Split(';', 2)[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    private static Task RejectAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(message, context.RequestAborted);
    }
}
