using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Masivo.Sdk.Internal;

/// <summary>
/// The logs, traces and metrics of one configured client: every measurement carries its server's
/// address and port, so two clients (or two test servers) are told apart.
/// </summary>
internal sealed class ClientTelemetry
{
    public const string LoggerCategory = "Masivo.Sdk";

    public ClientTelemetry(ILoggerFactory? loggerFactory, Uri baseAddress, TimeProvider timeProvider)
    {
        Logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger(LoggerCategory);
        ServerAddress = baseAddress.Host;
        ServerPort = baseAddress.Port;
        TimeProvider = timeProvider;
    }

    public ILogger Logger { get; }

    public string ServerAddress { get; }

    public int ServerPort { get; }

    public TimeProvider TimeProvider { get; }

    /// <summary>Starts the activity, log and timer of one operation (or one migration batch).</summary>
    /// <param name="operation">The operation.</param>
    /// <param name="queryFields">For a search, the names of the fields searched by; their values are never logged.</param>
    /// <param name="batchIndex">For a migration batch, its index.</param>
    /// <param name="recordCount">For a migration batch, its size.</param>
    public OperationTelemetry StartOperation(MasivoEndpoint operation, IEnumerable<string>? queryFields = null, int? batchIndex = null, int? recordCount = null)
    {
        var name = batchIndex is null ? operation.Name : operation.Name + ".batch";
        var activity = MasivoDiagnostics.ActivitySource.StartActivity(name, ActivityKind.Internal);
        if (activity is not null)
        {
            activity.SetTag("masivo.operation", operation.Name);
            activity.SetTag("http.request.method", operation.Method);
            activity.SetTag("server.address", ServerAddress);
            activity.SetTag("server.port", ServerPort);
            if (batchIndex is not null)
            {
                activity.SetTag("masivo.batch.index", batchIndex);
                activity.SetTag("masivo.batch.records", recordCount);
            }
        }

        if (Logger.IsEnabled(LogLevel.Debug))
        {
            MasivoLog.OperationStarted(Logger, name, queryFields is null ? string.Empty : " (by " + string.Join(", ", queryFields) + ")");
        }

        return new OperationTelemetry(this, operation, name, activity, TimeProvider.GetTimestamp());
    }

    public TagList Tags(MasivoEndpoint? operation)
    {
        var tags = new TagList
        {
            { "masivo.operation", operation?.Name ?? "unknown" },
            { "server.address", ServerAddress },
            { "server.port", ServerPort },
        };
        return tags;
    }

    /// <summary>
    /// The tags of a measurement of <paramref name="operation"/> that ended in <paramref name="outcome"/>
    /// (<c>masivo.outcome</c>), with <paramref name="tag"/> too when its value is known.
    /// </summary>
    public TagList Tags(MasivoEndpoint? operation, string outcome, string? tag = null, object? tagValue = null)
    {
        var tags = Tags(operation);
        tags.Add("masivo.outcome", outcome);
        if (tag is not null && tagValue is not null)
        {
            tags.Add(tag, tagValue);
        }

        return tags;
    }
}
