using Masivo.Sdk.Internal;
namespace Masivo.Sdk;

/// <summary>
/// Masivo refused the call because a rate limit was reached (429) and the SDK's retries did not get
/// through. Wait for <see cref="MasivoApiException.RetryAfter"/> before calling again.
/// </summary>
public class MasivoRateLimitException : MasivoApiException
{
    /// <summary>Initializes a new instance of the <see cref="MasivoRateLimitException"/> class.</summary>
    /// <param name="message">What happened and what to do about it.</param>
    public MasivoRateLimitException(string message)
        : base(message, 429)
    {
    }

    internal MasivoRateLimitException(string message, ApiErrorInfo info)
        : base(message, info)
    {
    }
}
