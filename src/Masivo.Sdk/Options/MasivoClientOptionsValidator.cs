using Microsoft.Extensions.Options;

namespace Masivo.Sdk.Internal;

/// <summary>
/// Checks every <see cref="MasivoClientOptions"/> rule and reports each broken one by name: the bounds
/// declared on the properties (<see cref="MasivoClientOptionsBoundsValidator"/>), then the rules that
/// involve more than one option or the environment (address, credential, time zone, sampling window).
/// </summary>
internal sealed class MasivoClientOptionsValidator(IServiceProvider services) : IValidateOptions<MasivoClientOptions>
{
    public const int MaxRetriesLimit = 10;

    public ValidateOptionsResult Validate(string? name, MasivoClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = GetFailures(options, MasivoTokenProviders.IsRegistered(services, name ?? string.Empty), name);
        if (!string.IsNullOrEmpty(name))
        {
            // A host with several clients says which one is misconfigured.
            failures = failures.ConvertAll(failure => $"Masivo client '{name}': {failure}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <param name="options">The options to check.</param>
    /// <param name="tokenProviderRegistered">Whether an <see cref="IMasivoTokenProvider"/> is given for this client.</param>
    /// <param name="name">The client's name, for keyed clients.</param>
    public static List<string> GetFailures(MasivoClientOptions options, bool tokenProviderRegistered, string? name = null)
    {
        var failures = new List<string>();
        var bounds = MasivoClientOptionsBoundsValidator.Instance.Validate(name, options);
        if (bounds.Failed)
        {
            failures.AddRange(bounds.Failures);
        }

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

        AddHeaderFailures(options, failures);

        if (!IanaTimeZone.IsKnown(options.TimeZone))
        {
            failures.Add($"TimeZone '{options.TimeZone}' is not a known IANA time zone id, such as 'UTC' or 'America/New_York'.");
        }

        if (options.CircuitBreakerEnabled)
        {
            AddCircuitBreakerFailures(options, failures);
        }

        for (var i = 0; i < options.AdditionalHandlers.Count; i++)
        {
            if (options.AdditionalHandlers[i] is null)
            {
                failures.Add($"AdditionalHandlers[{i}] is null: add a MasivoAdditionalHandler, or remove the entry.");
            }
        }

        return failures;
    }

    /// <summary>Every value the client sends in a header is checked here, before any request; a secret is never quoted.</summary>
    private static void AddHeaderFailures(MasivoClientOptions options, List<string> failures)
    {
        if (options.AccountId is { } accountId && !HeaderValues.IsSafe(accountId))
        {
            failures.Add(accountId.Length == 0
                ? "AccountId is empty: set the account id Masivo shows, or leave it unset."
                : $"AccountId has a character the x-account-id header cannot carry ({HeaderValues.DescribeUnsafe(accountId)}): only visible ASCII characters are allowed, with no spaces or line breaks.");
        }

        if (!string.IsNullOrWhiteSpace(options.ApiKey) && !HeaderValues.IsSafe(options.ApiKey))
        {
            failures.Add("ApiKey has a character an HTTP header cannot carry (a space, a line break, a control or non-ASCII character): copy the key again, without surrounding text.");
        }

        if (!string.IsNullOrWhiteSpace(options.AccessToken) && !HeaderValues.IsSafe(options.AccessToken))
        {
            failures.Add("AccessToken has a character an HTTP header cannot carry (a space, a line break, a control or non-ASCII character): set the token alone, without \"Bearer \".");
        }
    }

    private static void AddCircuitBreakerFailures(MasivoClientOptions options, List<string> failures)
    {
        var attempt = options.EffectiveAttemptTimeout;
        if (options.CircuitBreakerSamplingDuration is { } sampling && attempt > TimeSpan.Zero && sampling / 2 < attempt)
        {
            failures.Add(
                $"CircuitBreakerSamplingDuration ({sampling}) must be at least twice the attempt timeout ({attempt}, the lesser of AttemptTimeout and TotalTimeout), "
                + "or a timed-out attempt falls outside the window it is counted in: raise it, or leave it unset to have it follow the timeouts.");
        }
    }
}
