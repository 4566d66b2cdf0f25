using System.Globalization;
using System.Text.Json.Serialization;

namespace Masivo.Sdk.Internal;

/// <summary>
/// The body of <see cref="EventsClient.FulfillExpiredAsync"/>: the window of issue dates <c>{"start_date","end_date"}</c>,
/// <c>start_date</c> before <c>end_date</c> and at most one (calendar) year apart.
/// </summary>
internal sealed class FulfillExpiredEventsWindow
{
    [JsonPropertyName("start_date")] public DateTimeOffset StartDate { get; init; }

    [JsonPropertyName("end_date")] public DateTimeOffset EndDate { get; init; }

    /// <summary>Refuses a window Masivo refuses; the end is judged against the start, so the fault is named <c>to</c>.</summary>
    public void Validate()
    {
        if (EndDate <= StartDate)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"end_date (to) is {EndDate:O}, not after start_date (from) {StartDate:O}: the window must have from < to."),
                "to");
        }

        if (EndDate > StartDate.AddYears(1))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"end_date (to) is {EndDate:O}, more than one year after start_date (from) {StartDate:O}; Masivo accepts a window of at most one year."),
                "to");
        }
    }
}
