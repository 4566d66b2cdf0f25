using Polly;

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
internal sealed class ClientResiliencePipelines(MasivoClientOptions options, TimeProvider timeProvider, ClientTelemetry telemetry)
{
    private ResiliencePipeline<HttpResponseMessage>? _api;
    private ResiliencePipeline<HttpResponseMessage>? _authorize;

    /// <summary>Gets the pipeline of the HTTP client <paramref name="kind"/>, built on first use.</summary>
    /// <param name="kind">The HTTP client.</param>
    /// <param name="httpClientName">The HTTP client's name, which names the pipeline as <c>AddResilienceHandler</c> named it.</param>
    public ResiliencePipeline<HttpResponseMessage> Get(MasivoHttpClientKind kind, string httpClientName) => kind == MasivoHttpClientKind.Api
        ? LazyInitializer.EnsureInitialized(ref _api, () => Build(httpClientName))
        : LazyInitializer.EnsureInitialized(ref _authorize, () => Build(httpClientName));

    private ResiliencePipeline<HttpResponseMessage> Build(string httpClientName)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>
        {
            Name = httpClientName + "-Masivo",
            TimeProvider = timeProvider,
        };
        MasivoResiliencePipeline.Configure(builder, options, timeProvider, telemetry);
        return builder.Build();
    }
}
