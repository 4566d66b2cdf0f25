using Polly;

namespace Masivo.Sdk.Internal;

/// <summary>
/// The moment an operation's <see cref="MasivoClientOptions.TotalTimeout"/> runs out, kept on the
/// resilience context its attempts share. Each attempt may run for <see cref="MasivoClientOptions.AttemptTimeout"/>
/// or what is left of the total, whichever is less, and a retry is scheduled only when its wait ends
/// before the deadline: one timer per attempt enforces both limits.
/// </summary>
internal sealed class OperationDeadline(TimeSpan totalTimeout, TimeSpan attemptTimeout, TimeProvider timeProvider)
{
    // Below this, an attempt could not even be sent; it times out at once instead.
    private static readonly TimeSpan Expired = TimeSpan.FromMilliseconds(1);

    private static readonly ResiliencePropertyKey<long> StartedAt = new("Masivo.Sdk.OperationStartedAt");

    private readonly TimeSpan _firstAttemptTimeout = attemptTimeout < totalTimeout ? attemptTimeout : totalTimeout;

    /// <summary>The timeout of the attempt about to start; the first attempt starts the operation's clock.</summary>
    public TimeSpan NextAttemptTimeout(ResilienceContext context)
    {
        if (!context.Properties.TryGetValue(StartedAt, out _))
        {
            context.Properties.Set(StartedAt, timeProvider.GetTimestamp());
            return _firstAttemptTimeout;
        }

        var remaining = Remaining(context);
        return remaining < attemptTimeout ? (remaining > Expired ? remaining : Expired) : attemptTimeout;
    }

    /// <summary>What is left of the operation's total timeout.</summary>
    public TimeSpan Remaining(ResilienceContext context) =>
        context.Properties.TryGetValue(StartedAt, out var startedAt)
            ? totalTimeout - timeProvider.GetElapsedTime(startedAt)
            : totalTimeout;
}
