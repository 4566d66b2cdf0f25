using Polly;
using Polly.Registry;

namespace Masivo.Sdk.Internal;

/// <summary>
/// The resilience pipelines of one configured client, one per HTTP client (<see cref="MasivoHttpClientKind"/>),
/// each built by <see cref="MasivoResiliencePipeline"/> when its HTTP client's first handler chain is, and then
/// shared by every chain the factory builds for it, so the circuit breaker's state outlives handler rotation.
/// </summary>
/// <remarks>
/// Built here rather than through <c>AddResilienceHandler</c>: that registers Polly's pipeline registry, its
/// telemetry (which the SDK turns off), an exception summarizer and a metrics enricher in the container, and
/// builds a telemetry listener per pipeline; none of them served the SDK, and all were paid at cold start.
/// </remarks>
internal sealed class ClientResiliencePipelines(MasivoClientOptions options, TimeProvider timeProvider, ClientTelemetry telemetry) : IDisposable
{
    // Polly's registry without the container's extras: it builds each pipeline once, and disposing it waits
    // (up to 30 s, on the client's clock) for the calls still in flight before the transport goes away.
    private readonly ResiliencePipelineRegistry<MasivoHttpClientKind> _registry = new();

    /// <summary>Gets the pipeline of the HTTP client <paramref name="kind"/>, built on first use.</summary>
    /// <param name="kind">The HTTP client.</param>
    /// <param name="httpClientName">The HTTP client's name, which names the pipeline as <c>AddResilienceHandler</c> named it.</param>
    public ResiliencePipeline<HttpResponseMessage> Get(MasivoHttpClientKind kind, string httpClientName) =>
        _registry.GetOrAddPipeline<HttpResponseMessage>(kind, builder =>
        {
            builder.Name = httpClientName + "-Masivo";
            builder.TimeProvider = timeProvider;
            MasivoResiliencePipeline.Configure(builder, options, timeProvider, telemetry);
        });

    /// <summary>Waits for the calls in flight (up to 30 s), then makes the pipelines refuse new ones.</summary>
    public void Dispose() => _registry.Dispose();
}
