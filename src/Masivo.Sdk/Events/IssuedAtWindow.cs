using System.Globalization;

namespace Masivo.Sdk.Internal;

/// <summary>
/// The <c>issued_at</c> Masivo accepts on an event: within the last <see cref="MaxAge"/>, not in the future.
/// Checked on the client's clock, which may be off Masivo's: an event is refused only when it is out of the
/// window by more than <see cref="ClockSkew"/>, so nothing Masivo would accept is refused here (what is close to
/// an edge is left for Masivo to judge).
/// </summary>
internal static class IssuedAtWindow
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(72);

    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static void Validate(DateTimeOffset? issuedAt, DateTimeOffset now, string paramName)
    {
        if (issuedAt is not { } at)
        {
            return;
        }

        if (at > now + ClockSkew)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"issued_at (IssuedAt) is {at:O}, in the future (it is now {now:O}); Masivo accepts only past events."),
                paramName);
        }

        if (at < now - MaxAge - ClockSkew)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"issued_at (IssuedAt) is {at:O}, more than 72 hours ago (it is now {now:O}); Masivo accepts events of the last 72 hours only."),
                paramName);
        }
    }
}
