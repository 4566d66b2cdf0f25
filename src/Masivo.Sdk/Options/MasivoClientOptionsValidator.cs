using Masivo.Sdk.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Masivo.Sdk;

/// <summary>Checks every <see cref="MasivoClientOptions"/> rule and reports each broken one by name.</summary>
internal sealed class MasivoClientOptionsValidator(IServiceProvider services) : IValidateOptions<MasivoClientOptions>
{
    public const int MaxRetriesLimit = 10;

    public ValidateOptionsResult Validate(string? name, MasivoClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = GetFailures(options, MasivoTokenProviders.IsRegistered(services, name ?? string.Empty));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <param name="options">The options to check.</param>
    /// <param name="tokenProviderRegistered">Whether an <see cref="IMasivoTokenProvider"/> is given for this client.</param>
    public static List<string> GetFailures(MasivoClientOptions options, bool tokenProviderRegistered)
    {
        var failures = new List<string>();

        if (options.BaseAddress is not { IsAbsoluteUri: true } baseAddress)
        {
            failures.Add("BaseAddress must be an absolute URI, such as https://app.masivo.ai/api/storefront/v1/.");
        }
        else if (baseAddress.Scheme != Uri.UriSchemeHttps && !(baseAddress.Scheme == Uri.UriSchemeHttp && baseAddress.IsLoopback))
        {
            failures.Add($"BaseAddress must use https (http is accepted only for loopback hosts); got scheme '{baseAddress.Scheme}' for host '{baseAddress.Host}'.");
        }

        var sources = new List<string>(3);
        if (!string.IsNullOrWhiteSpace(options.ApiKey))
        {
            sources.Add("ApiKey");
        }

        if (!string.IsNullOrWhiteSpace(options.AccessToken))
        {
            sources.Add("AccessToken");
        }

        if (tokenProviderRegistered)
        {
            sources.Add("a token provider");
        }

        if (sources.Count == 0)
        {
            failures.Add("A credential is required: set ApiKey (a SERVER key) or AccessToken, or register an IMasivoTokenProvider.");
        }
        else if (sources.Count > 1)
        {
            failures.Add($"Exactly one credential source is allowed, but {string.Join(" and ", sources)} are set: keep one of them.");
        }

        if (string.IsNullOrWhiteSpace(options.TimeZone) || !TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _))
        {
            failures.Add($"TimeZone '{options.TimeZone}' is not a known IANA time zone id, such as 'UTC' or 'America/New_York'.");
        }

        if (options.AttemptTimeout <= TimeSpan.Zero)
        {
            failures.Add("AttemptTimeout must be positive.");
        }

        if (options.TotalTimeout <= TimeSpan.Zero)
        {
            failures.Add("TotalTimeout must be positive.");
        }
        else if (options.AttemptTimeout > options.TotalTimeout)
        {
            failures.Add($"AttemptTimeout ({options.AttemptTimeout}) must not exceed TotalTimeout ({options.TotalTimeout}).");
        }

        if (options.MaxRetries is < 0 or > MaxRetriesLimit)
        {
            failures.Add($"MaxRetries must be between 0 and {MaxRetriesLimit}; got {options.MaxRetries}.");
        }

        if (options.RetryDelay < TimeSpan.Zero)
        {
            failures.Add("RetryDelay must not be negative.");
        }

        if (options.MaxRetryAfter < TimeSpan.Zero)
        {
            failures.Add("MaxRetryAfter must not be negative.");
        }

        if (options.MigrationRequestInterval < TimeSpan.Zero)
        {
            failures.Add("MigrationRequestInterval must not be negative.");
        }

        if (options.TokenRefreshMargin < TimeSpan.Zero || options.TokenRefreshMargin >= TimeSpan.FromHours(1))
        {
            failures.Add("TokenRefreshMargin must be between zero and one hour (tokens live one hour).");
        }

        if (options.CircuitBreakerEnabled)
        {
            AddCircuitBreakerFailures(options, failures);
        }

        return failures;
    }

    private static void AddCircuitBreakerFailures(MasivoClientOptions options, List<string> failures)
    {
        if (options.CircuitBreakerFailureRatio is not (> 0 and <= 1))
        {
            failures.Add($"CircuitBreakerFailureRatio must be above 0 and at most 1; got {options.CircuitBreakerFailureRatio}.");
        }

        if (options.CircuitBreakerMinimumThroughput < 2)
        {
            failures.Add($"CircuitBreakerMinimumThroughput must be at least 2; got {options.CircuitBreakerMinimumThroughput}.");
        }

        if (options.CircuitBreakerBreakDuration < TimeSpan.FromMilliseconds(500))
        {
            failures.Add($"CircuitBreakerBreakDuration must be at least 0.5 s; got {options.CircuitBreakerBreakDuration}.");
        }

        if (options.AttemptTimeout > TimeSpan.Zero && options.CircuitBreakerSamplingDuration < options.AttemptTimeout * 2)
        {
            failures.Add(
                $"CircuitBreakerSamplingDuration ({options.CircuitBreakerSamplingDuration}) must be at least twice AttemptTimeout ({options.AttemptTimeout}), "
                + "or a timed-out attempt falls outside the window it is counted in: raise the sampling duration or lower AttemptTimeout.");
        }
    }
}
