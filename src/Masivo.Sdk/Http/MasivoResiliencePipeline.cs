using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace Masivo.Sdk.Http;

/// <summary>
/// The per-operation resilience of every call: a total timeout around retries (exponential backoff
/// with jitter, <c>Retry-After</c> honoured up to <see cref="MasivoClientOptions.MaxRetryAfter"/>)
/// around a per-attempt timeout. What is retried is decided per operation by <see cref="RetryClassifier"/>.
/// </summary>
internal static class MasivoResiliencePipeline
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, MasivoClientOptions options, TimeProvider timeProvider)
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
                ShouldHandle = args => ValueTask.FromResult(RetryClassifier.ShouldRetry(
                    args.Outcome, MasivoOperation.Of(args.Context.GetRequestMessage()), maxRetryAfter, timeProvider)),
                DelayGenerator = args => ValueTask.FromResult(RetryClassifier.RetryAfter(args.Outcome.Result, timeProvider)),
            });
        }

        builder.AddTimeout(new TimeoutStrategyOptions { Name = "Masivo.AttemptTimeout", Timeout = options.AttemptTimeout });
    }
}
