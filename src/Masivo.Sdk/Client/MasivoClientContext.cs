using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Refit;

namespace Masivo.Sdk.Internal;

/// <summary>
/// What every resource client of one configured client shares: options, live settings, secrets, clock,
/// telemetry, migration pacing, and the Refit clients over its HTTP pipeline.
/// </summary>
internal sealed class MasivoClientContext : IDisposable
{
    public MasivoClientContext(MasivoClientOptions options, TimeProvider timeProvider, ILoggerFactory? loggerFactory = null, LiveClientSettings? live = null)
    {
        Options = options;
        Live = live ?? new LiveClientSettings(options);
        Secrets = new ClientSecrets(Live);
        TimeProvider = timeProvider;
        Telemetry = new ClientTelemetry(loggerFactory, options.BaseAddress, timeProvider);
        MigrationPacer = new MigrationPacer(timeProvider, options.MigrationRequestInterval, options.MaxRetryAfter, Telemetry);
        Resilience = new ClientResiliencePipelines(options, timeProvider, Telemetry);
    }

    /// <summary>Gets the options the client was built with; <see cref="Live"/> has the values that follow configuration changes.</summary>
    public MasivoClientOptions Options { get; }

    /// <summary>Gets the credential, account id and time zone as they are now.</summary>
    public LiveClientSettings Live { get; }

    /// <summary>Gets every secret the client knows, for redacting error bodies that quote one.</summary>
    public ClientSecrets Secrets { get; }

    public TimeProvider TimeProvider { get; }

    /// <summary>Gets the client's logger, and the tags its traces and metrics carry.</summary>
    public ClientTelemetry Telemetry { get; }

    /// <summary>Gets the pacing shared by every migration of this client: Masivo limits migrations per account.</summary>
    public MigrationPacer MigrationPacer { get; }

    /// <summary>Gets the resilience pipelines of the client's HTTP clients, built on first use.</summary>
    public ClientResiliencePipelines Resilience { get; }

    private readonly List<WeakReference<SocketsHttpHandler>> _handlers = [];
    private readonly ConcurrentDictionary<Type, object> _apis = new();

    /// <summary>Gets what creates the client's HTTP clients (from its <c>IHttpClientFactory</c>).</summary>
    public Func<MasivoHttpClientKind, HttpClient>? CreateHttpClient { get; init; }

    /// <summary>
    /// Gets the source-generated Refit client of <typeparamref name="TApi"/>, created on first use over the
    /// client's pipeline: the token exchange's for <see cref="IAuthApi"/>, the API's for every resource.
    /// </summary>
    public TApi Api<TApi>()
        where TApi : class =>
        (TApi)_apis.GetOrAdd(typeof(TApi), static (type, context) => RestService.ForGenerated<TApi>(
            context.CreateHttpClient?.Invoke(type == typeof(IAuthApi) ? MasivoHttpClientKind.Authorize : MasivoHttpClientKind.Api)
                ?? throw new InvalidOperationException("This client context has no HTTP client."),
            MasivoRefitSettings.Shared), this);

    /// <summary>
    /// Keeps the primary handlers (the connection pools) this client's HTTP stack creates, so that disposing
    /// the client closes its connections at once instead of leaving them to the pool's idle timeout.
    /// </summary>
    public SocketsHttpHandler Own(SocketsHttpHandler handler)
    {
        lock (_handlers)
        {
            _handlers.RemoveAll(owned => !owned.TryGetTarget(out _));
            _handlers.Add(new WeakReference<SocketsHttpHandler>(handler));
        }

        return handler;
    }

    public void Dispose()
    {
        Live.Dispose();

        // First the calls in flight finish (or their 30 s are up), then their connections close.
        Resilience.Dispose();
        lock (_handlers)
        {
            foreach (var owned in _handlers)
            {
                if (owned.TryGetTarget(out var handler))
                {
                    handler.Dispose();
                }
            }

            _handlers.Clear();
        }
    }
}
