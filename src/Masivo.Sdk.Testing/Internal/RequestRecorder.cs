using System.Text;
using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Testing.Internal;

/// <summary>Keeps a copy of every request as it arrived, for tests to inspect.</summary>
internal static class RequestRecorder
{
    public static async Task RecordAsync(HttpContext context, RequestDelegate next, FakeState state, string basePath)
    {
        context.Request.EnableBuffering();
        string? body = null;
        if (context.Request.ContentLength is > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
            body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
            context.Request.Body.Position = 0;
        }

        var (path, match) = FakeRoutes.Resolve(context, basePath);
        var request = new FakeServerRequest(
            context.Request.Method,
            path,
            match,
            context.Request.Query.ToDictionary(parameter => parameter.Key, parameter => parameter.Value.ToString(), StringComparer.Ordinal),
            context.Request.Headers.ToDictionary(header => header.Key.ToLowerInvariant(), header => header.Value.ToString(), StringComparer.Ordinal),
            body,
            state.Now);
        state.Requests.Add(request);
        context.Items[typeof(FakeServerRequest)] = request;

        await next(context).ConfigureAwait(false);
    }
}
