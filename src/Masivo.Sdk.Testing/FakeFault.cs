using System.Globalization;

namespace Masivo.Sdk.Testing;

/// <summary>
/// A failure the fake server injects into a request instead of (or before) answering it normally.
/// Schedule it with <see cref="MasivoFakeServer.FailNext(FakeRoute, FakeFault, int)"/>.
/// </summary>
public sealed class FakeFault
{
    private FakeFault(string description) => Description = description;

    /// <summary>Gets the status code answered, or <see langword="null"/> for a dropped connection or a delay.</summary>
    public int? StatusCode { get; private init; }

    /// <summary>Gets the <c>Retry-After</c> sent with the status, if any.</summary>
    public TimeSpan? RetryAfter { get; private init; }

    /// <summary>Gets the <c>details</c> of the error body.</summary>
    public string? Details { get; private init; }

    /// <summary>Gets a value indicating whether the connection is dropped after the request was read.</summary>
    public bool DropsConnection { get; private init; }

    /// <summary>Gets how long the server waits before answering the request normally, if this fault is a delay.</summary>
    public TimeSpan? Delay { get; private init; }

    private string Description { get; }

    /// <summary>
    /// Answers with <paramref name="statusCode"/> and Masivo's error body, without processing the request.
    /// A fault is meant to be an error status, 400 to 599; a 2xx is taken too, for testing a client
    /// against an answer it cannot read (a success status whose body is an error object, or no body
    /// at all for 204 and 205). Informational (1xx) and redirect (3xx) statuses are refused.
    /// </summary>
    /// <param name="statusCode">The status, such as 503 or 429: 400 to 599, or 200 to 299.</param>
    /// <param name="retryAfter">A <c>Retry-After</c> to send, rounded up to whole seconds; zero or more.</param>
    /// <param name="details">The <c>details</c> of the error body.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="statusCode"/> is not 200 to 299 or 400 to 599, or <paramref name="retryAfter"/> is negative.
    /// </exception>
    public static FakeFault Status(int statusCode, TimeSpan? retryAfter = null, string? details = null)
    {
        if (statusCode is < 200 or (>= 300 and < 400) or > 599)
        {
            throw new ArgumentOutOfRangeException(
                nameof(statusCode),
                statusCode,
                "A fault's status is an error status, 400 to 599 (or 200 to 299, for an answer the client cannot read); 1xx and 3xx are not answers a fault can give.");
        }

        if (retryAfter is { } negative && negative < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(retryAfter), negative, "Retry-After cannot be negative.");
        }

        return new FakeFault(string.Create(CultureInfo.InvariantCulture, $"status {statusCode}{(retryAfter is { } wait ? $" with Retry-After {Math.Ceiling(wait.TotalSeconds):0}" : string.Empty)}"))
        {
            StatusCode = statusCode,
            RetryAfter = retryAfter,
            Details = details ?? "Injected by the fake server",
        };
    }

    /// <summary>Answers 429 with a <c>Retry-After</c>, as Masivo's rate limiters do.</summary>
    /// <param name="retryAfter">The wait asked for, rounded up to whole seconds; zero or more.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="retryAfter"/> is negative.</exception>
    public static FakeFault RateLimited(TimeSpan retryAfter) => Status(429, retryAfter, "Rate limit exceeded");

    /// <summary>Reads the request, then drops the connection without answering: the client cannot know whether it was processed.</summary>
    /// <returns>The fault.</returns>
    public static FakeFault DropConnection() => new("dropped connection") { DropsConnection = true };

    /// <summary>Waits <paramref name="delay"/> before answering normally: with a shorter attempt timeout, the client times out.</summary>
    /// <param name="delay">The wait; zero or more.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delay"/> is negative.</exception>
    public static FakeFault Delayed(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        return new FakeFault(string.Create(CultureInfo.InvariantCulture, $"delay of {delay.TotalMilliseconds:0} ms")) { Delay = delay };
    }

    /// <summary>Describes the fault.</summary>
    /// <returns>For example <c>status 503</c>.</returns>
    public override string ToString() => Description;
}
