namespace Masivo.Sdk.Internal;

/// <summary>Reads the <c>Retry-After</c> header of an answer, in seconds or as a date.</summary>
internal static class RetryAfterHeader
{
    /// <summary>The wait a <c>Retry-After</c> header asks for, if the response carries one.</summary>
    public static TimeSpan? Of(HttpResponseMessage? response, TimeProvider timeProvider)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
