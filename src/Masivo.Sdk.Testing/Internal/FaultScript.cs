using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Testing.Internal;

/// <summary>The faults scheduled per route, applied in order to the next requests of that route.</summary>
internal sealed class FaultScript
{
    private readonly object _gate = new();
    private readonly Dictionary<FakeRoute, Queue<FakeFault>> _pending = [];

    public void Add(FakeRoute route, FakeFault fault, int times)
    {
        lock (_gate)
        {
            if (!_pending.TryGetValue(route, out var queue))
            {
                _pending[route] = queue = new Queue<FakeFault>();
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue(fault);
            }
        }
    }

    public int Pending(FakeRoute route)
    {
        lock (_gate)
        {
            return _pending.TryGetValue(route, out var queue) ? queue.Count : 0;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _pending.Clear();
        }
    }

    public async Task ApplyAsync(HttpContext context, RequestDelegate next, FakeRoute route)
    {
        FakeFault? fault;
        lock (_gate)
        {
            fault = _pending.TryGetValue(route, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
        }

        if (fault is null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        if (fault.DropsConnection)
        {
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted).ConfigureAwait(false);
            context.Abort();
            return;
        }

        if (fault.Delay is { } delay)
        {
            try
            {
                await Task.Delay(delay, context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return; // the client gave up waiting
            }

            await next(context).ConfigureAwait(false);
            return;
        }

        if (fault.RetryAfter is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        if (fault.StatusCode is StatusCodes.Status204NoContent or StatusCodes.Status205ResetContent)
        {
            context.Response.StatusCode = fault.StatusCode.Value; // these carry no body
            return;
        }

        await FakeResults.Error(fault.StatusCode!.Value, ReasonPhrases(fault.StatusCode.Value), fault.Details!).ExecuteAsync(context).ConfigureAwait(false);
    }

    private static string ReasonPhrases(int status) =>
        Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error";
}
