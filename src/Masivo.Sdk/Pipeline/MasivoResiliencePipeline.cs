using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace Masivo.Sdk.Internal;

/// <summary>
/// The per-operation resilience of every call: retries (decided and timed by <see cref="RetryScheduler"/>)
/// around a circuit breaker around a timeout per attempt. The attempt timeout is the lesser of
/// <see cref="MasivoClientOptions.AttemptTimeout"/> and what is left of <see cref="MasivoClientOptions.TotalTimeout"/>,
/// and no retry waits past the total, so one timer per attempt enforces both limits.
/// </summary>
internal static class MasivoResiliencePipeline
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, MasivoClientOptions options, TimeProvider timeProvider, ClientTelemetry telemetry)
    {
        // The SDK records retries and attempts itself (masivo.client.*, Masivo.Sdk logs and spans);
        // Polly's own events would report every call a second time, at a cost on every call.
        builder.TelemetryListener = null;

        var deadline = new OperationDeadline(options.TotalTimeout, options.AttemptTimeout, timeProvider);

        if (options.MaxRetries > 0)
        {
            var scheduler = new RetryScheduler(options, deadline, timeProvider);
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                Name = "Masivo.Retry",
                MaxRetryAttempts = options.MaxRetries,
                ShouldRetryAfterHeader = false,
                ShouldHandle = args => ValueTask.FromResult(scheduler.ShouldRetry(args.Context, args.Outcome, args.AttemptNumber)),
                DelayGenerator = args => ValueTask.FromResult(RetryScheduler.WaitBeforeRetry(args.Context)),
                OnRetry = args =>
                {
                    RetryTelemetry.Record(telemetry, MasivoEndpoint.Of(args.Context.GetRequestMessage()), args.AttemptNumber + 1, args.Outcome, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        }

        if (options.CircuitBreakerEnabled)
        {
            builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                Name = "Masivo.CircuitBreaker",
                FailureRatio = options.CircuitBreakerFailureRatio,
                MinimumThroughput = options.CircuitBreakerMinimumThroughput,
                SamplingDuration = options.EffectiveCircuitBreakerSamplingDuration,
                BreakDuration = options.CircuitBreakerBreakDuration,
                ShouldHandle = args => ValueTask.FromResult(OutcomePredicates.IsServerFailure(args.Outcome)),
            });
        }

        builder.AddTimeout(new TimeoutStrategyOptions
        {
            Name = "Masivo.Timeout",
            Timeout = options.AttemptTimeout,
            TimeoutGenerator = args => ValueTask.FromResult(deadline.NextAttemptTimeout(args.Context)),
        });
    }
}
