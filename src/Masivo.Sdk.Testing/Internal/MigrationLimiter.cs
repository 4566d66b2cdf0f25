using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Testing.Internal;

/// <summary>
/// Masivo's migration limiter: one request per interval and at most so many per hour, shared by
/// both migration routes. Answers 429 with <c>Retry-After</c> when a request comes too early, and
/// sends <c>X-RateLimit-*</c> headers on every migration answer.
/// </summary>
internal sealed class MigrationLimiter(MasivoFakeServerOptions options)
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    private readonly object _gate = new();
    private readonly Queue<DateTimeOffset> _accepted = new();
    private DateTimeOffset? _last;

    public bool Enabled => options.MigrationRequestInterval is not null || options.MigrationHourlyLimit is not null;

    public Task ApplyAsync(HttpContext context, RequestDelegate next)
    {
        TimeSpan? wait;
        int? remaining = null;
        TimeSpan reset;
        lock (_gate)
        {
            var now = options.TimeProvider.GetUtcNow();
            while (_accepted.Count > 0 && now - _accepted.Peek() >= Window)
            {
                _accepted.Dequeue();
            }

            wait = null;
            if (options.MigrationHourlyLimit is { } limit && _accepted.Count >= limit)
            {
                wait = _accepted.Peek() + Window - now;
            }
            else if (options.MigrationRequestInterval is { } interval && _last is { } last && now - last < interval)
            {
                wait = last + interval - now;
            }

            if (wait is null)
            {
                _last = now;
                _accepted.Enqueue(now);
            }

            if (options.MigrationHourlyLimit is { } hourly)
            {
                remaining = Math.Max(0, hourly - _accepted.Count);
            }

            reset = _accepted.Count > 0 ? _accepted.Peek() + Window - now : Window;
        }

        var headers = context.Response.Headers;
        if (remaining is { } left)
        {
            headers["X-RateLimit-Limit"] = options.MigrationHourlyLimit!.Value.ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Remaining"] = left.ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Reset"] = Seconds(reset);
        }

        if (wait is { } retryAfter)
        {
            headers.RetryAfter = Seconds(retryAfter);
            return FakeResults.Error(StatusCodes.Status429TooManyRequests, "Too Many Requests", "Migration rate limit exceeded").ExecuteAsync(context);
        }

        return next(context);
    }

    private static string Seconds(TimeSpan value) =>
        Math.Max(1, (long)Math.Ceiling(value.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
