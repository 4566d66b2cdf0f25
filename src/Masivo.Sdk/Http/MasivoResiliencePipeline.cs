using Masivo.Sdk.Diagnostics;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace Masivo.Sdk.Http;

/// <summary>
/// The per-operation resilience of every call: a total timeout around retries (exponential backoff
/// with jitter, <c>Retry-After</c> honoured up to <see cref="MasivoClientOptions.MaxRetryAfter"/> and
/// what is left of the total timeout) around a circuit breaker around a per-attempt timeout. What is
/// retried is decided per operation by <see cref="RetryClassifier"/>.
/// </summary>
internal static class MasivoResiliencePipeline
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, MasivoClientOptions options, TimeProvider timeProvider, ClientTelemetry telemetry)
    {
        builder.AddTimeout(new TimeoutStrategyOptions { Name = "Masivo.TotalTimeout", Timeout = options.TotalTimeout });

        if (options.MaxRetries > 0)
        {
            var maxRetryAfter = options.MaxRetryAfter;
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                Name = "Masivo.Retry",
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                ShouldRetryAfterHeader = false,
                ShouldHandle = args =>
                {
                    var request = args.Context.GetRequestMessage();
                    return ValueTask.FromResult(RetryClassifier.ShouldRetry(
                        args.Outcome,
                        MasivoOperation.Of(request),
                        maxRetryAfter,
                        OperationDeadlineHandler.Remaining(request, timeProvider),
                        timeProvider));
                },
                DelayGenerator = args => ValueTask.FromResult(RetryClassifier.RetryAfter(args.Outcome.Result, timeProvider)),
                OnRetry = args =>
                {
                    RetryTelemetry.Record(telemetry, MasivoOperation.Of(args.Context.GetRequestMessage()), args.AttemptNumber + 1, args.Outcome, args.RetryDelay);
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
                SamplingDuration = options.CircuitBreakerSamplingDuration,
                BreakDuration = options.CircuitBreakerBreakDuration,
                ShouldHandle = args => ValueTask.FromResult(RetryClassifier.IsServerFailure(args.Outcome)),
            });
        }

        builder.AddTimeout(new TimeoutStrategyOptions { Name = "Masivo.AttemptTimeout", Timeout = options.AttemptTimeout });
    }
}
