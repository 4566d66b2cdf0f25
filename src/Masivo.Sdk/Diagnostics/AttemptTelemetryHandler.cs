using System.Diagnostics;

namespace Masivo.Sdk.Internal;

/// <summary>
/// Counts every HTTP attempt by operation and outcome and puts the last status code on the
/// operation's activity. Sits inside the resilience handler, so each retry is one attempt.
/// </summary>
internal sealed class AttemptTelemetryHandler(ClientTelemetry telemetry) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var activity = Activity.Current;
        var ours = activity?.Source == MasivoDiagnostics.ActivitySource;

        // Nobody listens: nothing to record, so no state machine on the way.
        return ours || MasivoDiagnostics.Requests.Enabled
            ? SendRecordedAsync(request, ours ? activity : null, cancellationToken)
            : base.SendAsync(request, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendRecordedAsync(HttpRequestMessage request, Activity? activity, CancellationToken cancellationToken)
    {
        var operation = MasivoEndpoint.Of(request);
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            activity?.SetTag("http.response.status_code", status);

            if (MasivoDiagnostics.Requests.Enabled)
            {
                Count(operation, status >= 400 ? "http_" + status.ToString(System.Globalization.CultureInfo.InvariantCulture) : "success", status);
            }

            return response;
        }
        catch (Exception exception)
        {
            Count(operation, exception is OperationCanceledException ? "cancelled_or_timeout" : "transport_error", statusCode: null);
            throw;
        }
    }

    private void Count(MasivoEndpoint? operation, string outcome, int? statusCode)
    {
        if (MasivoDiagnostics.Requests.Enabled)
        {
            MasivoDiagnostics.Requests.Add(1, telemetry.Tags(operation, outcome, "http.response.status_code", statusCode));
        }
    }
}
