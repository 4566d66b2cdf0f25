using System.Diagnostics;
using System.Globalization;
using Polly;

namespace Masivo.Sdk.Internal;

/// <summary>Logs, counts and traces a retry the resilience pipeline scheduled.</summary>
internal static class RetryTelemetry
{
    public static void Record(ClientTelemetry telemetry, MasivoEndpoint? operation, int failedAttempt, Outcome<HttpResponseMessage> outcome, TimeSpan delay)
    {
        var what = outcome.Exception is { } exception
            ? exception.GetType().Name
            : "status " + ((int)outcome.Result!.StatusCode).ToString(CultureInfo.InvariantCulture);
        var name = operation?.Name ?? "request";

        var tags = telemetry.Tags(operation);
        MasivoDiagnostics.Retries.Add(1, tags);
        MasivoLog.RetryScheduled(telemetry.Logger, name, failedAttempt, what, (long)delay.TotalMilliseconds);

        if (Activity.Current is { } activity && activity.Source == MasivoDiagnostics.ActivitySource)
        {
            activity.SetTag("masivo.retry_count", failedAttempt);
            activity.AddEvent(new ActivityEvent("masivo.retry", tags: new ActivityTagsCollection
            {
                ["masivo.attempt"] = failedAttempt,
                ["masivo.retry.reason"] = what,
                ["masivo.retry.delay_ms"] = (long)delay.TotalMilliseconds,
            }));
        }
    }
}
