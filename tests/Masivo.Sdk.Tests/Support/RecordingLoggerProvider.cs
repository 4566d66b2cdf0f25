using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Masivo.Sdk.Tests.Support;

/// <summary>Keeps every log event at every level, with its state, scopes and exception, as text to search.</summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<RecordedLog> _logs = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<RecordedLog> Logs => _logs.ToArray();

    /// <summary>Every event as one string: category, level, event name, message, state values, scopes and exception.</summary>
    public string AllText => string.Join("\n", _logs.Select(l => l.FullText));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(RecordingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)
                : new Dictionary<string, object?>(StringComparer.Ordinal);
            var scopes = new List<string>();
            owner._scopes.ForEachScope((scope, list) => list.Add(scope?.ToString() ?? string.Empty), scopes);
            owner._logs.Enqueue(new RecordedLog(category, logLevel, eventId, formatter(state, exception), values, scopes, exception));
        }
    }
}

internal sealed record RecordedLog(
    string Category,
    LogLevel Level,
    EventId EventId,
    string Message,
    IReadOnlyDictionary<string, object?> State,
    IReadOnlyList<string> Scopes,
    Exception? Exception)
{
    public string FullText =>
        $"{Category} {Level} {EventId.Name} {Message} {string.Join(" ", State.Select(p => $"{p.Key}={p.Value}"))} {string.Join(" ", Scopes)} {Exception}";
}
