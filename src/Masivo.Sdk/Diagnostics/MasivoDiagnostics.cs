using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Masivo.Sdk.Internal;

/// <summary>The SDK's <see cref="ActivitySource"/> and <see cref="Meter"/>, both named <c>Masivo.Sdk</c>, and their instruments.</summary>
internal static class MasivoDiagnostics
{
    public const string Name = "Masivo.Sdk";

    private static readonly string? Version = typeof(MasivoDiagnostics).Assembly.GetName().Version?.ToString();

    public static readonly ActivitySource ActivitySource = new(Name, Version);

    public static readonly Meter Meter = new(Name, Version);

    public static readonly Histogram<double> OperationDuration = Meter.CreateHistogram<double>(
        "masivo.client.operation.duration", "s", "Duration of SDK operations, retries and waits included.");

    public static readonly Counter<long> Requests = Meter.CreateCounter<long>(
        "masivo.client.requests", "{request}", "HTTP attempts sent to Masivo, by operation and outcome.");

    public static readonly Counter<long> MigratedRecords = Meter.CreateCounter<long>(
        "masivo.client.migration.records", "{record}", "Migration records by outcome: acknowledged or failed.");

    public static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        "masivo.client.retries", "{retry}", "Retries scheduled by the resilience pipeline.");

    public static readonly Counter<long> RateLimitWaits = Meter.CreateCounter<long>(
        "masivo.client.rate_limit.waits", "{wait}", "Waits before a migration request, by reason: interval (routine pacing) or rate_limit (a 429 or the hourly window).");

    public static readonly Counter<long> TokenRefreshes = Meter.CreateCounter<long>(
        "masivo.client.token.refreshes", "{refresh}", "API-key exchanges for a bearer token, by outcome.");
}
