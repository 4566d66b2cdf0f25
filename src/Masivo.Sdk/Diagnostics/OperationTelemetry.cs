using System.Diagnostics;

namespace Masivo.Sdk.Internal;

/// <summary>One running operation's activity and timer (a struct: nothing allocated per call when nobody listens); ends with <see cref="Succeeded"/>, <see cref="Failed"/> or <see cref="Cancelled"/>.</summary>
internal readonly struct OperationTelemetry(ClientTelemetry client, MasivoEndpoint operation, string name, Activity? activity, long startTimestamp)
{
    public Activity? Activity => activity;

    /// <param name="statusCode">The answer's status, when the operation is one HTTP call.</param>
    public void Succeeded(int? statusCode = null)
    {
        var elapsed = client.TimeProvider.GetElapsedTime(startTimestamp);
        var status = statusCode ?? activity?.GetTagItem("http.response.status_code") as int?;
        activity?.SetStatus(ActivityStatusCode.Ok);
        Record(elapsed, "success", errorType: null);
        if (status is null)
        {
            MasivoLog.OperationSucceededWithoutStatus(client.Logger, name, (long)elapsed.TotalMilliseconds);
        }
        else
        {
            MasivoLog.OperationSucceeded(client.Logger, name, status, (long)elapsed.TotalMilliseconds);
        }
        activity?.Dispose();
    }

    public void Failed(Exception error)
    {
        var elapsed = client.TimeProvider.GetElapsedTime(startTimestamp);
        var errorType = error.GetType().Name;
        int? status = error is MasivoApiException api ? api.StatusCode : activity?.GetTagItem("http.response.status_code") as int?;
        if (activity is not null)
        {
            activity.SetTag("error.type", errorType);
            activity.SetStatus(ActivityStatusCode.Error, errorType);

            // The exception's type only: its message may quote the server, and the server may quote personal data.
            activity.AddEvent(new ActivityEvent("exception", tags: new ActivityTagsCollection { ["exception.type"] = error.GetType().FullName }));
        }

        Record(elapsed, "failure", errorType);
        if (error is MasivoCircuitOpenException open)
        {
            MasivoLog.OperationRefusedByOpenCircuit(client.Logger, name, (long?)open.RetryAfter?.TotalMilliseconds);
        }
        else if (status is null)
        {
            MasivoLog.OperationFailedWithoutAnswer(client.Logger, name, (long)elapsed.TotalMilliseconds, errorType);
        }
        else
        {
            MasivoLog.OperationFailed(client.Logger, name, (long)elapsed.TotalMilliseconds, errorType, status);
        }
        activity?.Dispose();
    }

    /// <summary>A 429 the caller waits out and resends: not an error of the operation.</summary>
    public void RateLimited(MasivoRateLimitException limited)
    {
        var elapsed = client.TimeProvider.GetElapsedTime(startTimestamp);
        activity?.SetTag("masivo.outcome", "rate_limited");
        Record(elapsed, "rate_limited", errorType: null);
        MasivoLog.OperationRateLimited(client.Logger, name, (long)elapsed.TotalMilliseconds, (long?)limited.RetryAfter?.TotalMilliseconds);
        activity?.Dispose();
    }

    public void Cancelled()
    {
        var elapsed = client.TimeProvider.GetElapsedTime(startTimestamp);
        activity?.SetTag("error.type", "cancelled");
        activity?.SetStatus(ActivityStatusCode.Error, "cancelled");
        Record(elapsed, "cancelled", "cancelled");
        MasivoLog.OperationCancelled(client.Logger, name, (long)elapsed.TotalMilliseconds);
        activity?.Dispose();
    }

    private void Record(TimeSpan elapsed, string outcome, string? errorType)
    {
        if (MasivoDiagnostics.OperationDuration.Enabled)
        {
            MasivoDiagnostics.OperationDuration.Record(elapsed.TotalSeconds, client.Tags(operation, outcome, "error.type", errorType));
        }
    }
}
