using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using Masivo.Sdk.Internal;

// RangeAttribute(Type, string, string) is marked trim-unsafe because it parses its bounds with a
// TypeConverter at run time. The SDK never evaluates these attributes by reflection: the generated
// MasivoClientOptionsBoundsValidator checks them with code of its own (a copy of the attribute that
// parses TimeSpan directly), which the Native AOT smoke test exercises.
#pragma warning disable IL2026

namespace Masivo.Sdk;

/// <summary>
/// Configures a <see cref="MasivoClient"/>: where Masivo is, how to authenticate, which account and
/// time zone to act in, and how patient to be. Bind it from a configuration section such as
/// <c>"Masivo"</c> or set it in code; it is validated when the client is built. Each option can be set
/// on its own: the only rules that tie two options together are the credential (exactly one source)
/// and an explicitly set <see cref="CircuitBreakerSamplingDuration"/>. An option outside its documented
/// range is refused at start-up with a message that names it and the range.
/// </summary>
public class MasivoClientOptions
{
    /// <summary>The Storefront API's production base address.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://app.masivo.ai/api/storefront/v1/");

    /// <summary>Gets or sets the API's base address; <c>http://</c> is accepted only for loopback hosts.</summary>
    /// <value>Defaults to <see cref="DefaultBaseAddress"/>.</value>
    public Uri BaseAddress { get; set; } = DefaultBaseAddress;

    /// <summary>
    /// Gets or sets a SERVER API key, exchanged for a bearer token at <c>{BaseAddress}auth/authorize</c>
    /// and refreshed automatically. Exactly one credential source is allowed: this,
    /// <see cref="AccessToken"/> or an <see cref="IMasivoTokenProvider"/>.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>Gets or sets a fixed bearer token to use instead of <see cref="ApiKey"/>; it is never refreshed.</summary>
    public string? AccessToken { get; set; }


    /// <summary>Gets or sets the Masivo account id, sent as <c>x-account-id</c> (the contacts endpoints need it).</summary>
    public string? AccountId { get; set; }

    /// <summary>Gets or sets the IANA time zone sent as <c>x-timezone</c>, such as <c>America/New_York</c>.</summary>
    /// <value>Defaults to <c>UTC</c>.</value>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>
    /// Gets or sets how long one HTTP attempt may take (10 ms to 1 day). An attempt never runs past
    /// what is left of <see cref="TotalTimeout"/>, so this may be longer than the total.
    /// </summary>
    /// <value>Defaults to 60 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Gets or sets how long one operation may take, all attempts and waits between them included (10 ms to 1 day).</summary>
    /// <value>Defaults to 3 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>
    /// Gets or sets how many times a failed call is retried after the first attempt, where the
    /// operation may safely be retried (0 to 10). Creating a customer and redeeming a coupon are
    /// retried only when Masivo certainly did not process them.
    /// </summary>
    /// <value>Defaults to 3.</value>
    [Range(0, MasivoClientOptionsValidator.MaxRetriesLimit)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>Gets or sets the base delay of the exponential backoff (with jitter) between retries (zero to 1 hour).</summary>
    /// <value>Defaults to 1 second.</value>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets the longest <c>Retry-After</c> the SDK waits before a retry (zero to 1 day); longer asks fail the call instead.</summary>
    /// <value>Defaults to 60 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Gets or sets the spacing between two migration requests. Masivo's migration limiter allows one
    /// request every 5 seconds; lower it only for a test server (zero to 1 hour).
    /// </summary>
    /// <value>Defaults to 5 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan MigrationRequestInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Gets or sets a value indicating whether the client stops calling Masivo for
    /// <see cref="CircuitBreakerBreakDuration"/> after sustained failures (5xx, 408, timeouts, broken
    /// connections; never 429 or other client errors). Calls made meanwhile fail at once with a
    /// <see cref="MasivoCircuitOpenException"/>.
    /// </summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool CircuitBreakerEnabled { get; set; } = true;

    /// <summary>Gets or sets the share of failed attempts within <see cref="CircuitBreakerSamplingDuration"/> that opens the circuit (above 0, at most 1).</summary>
    /// <value>Defaults to 0.5.</value>
    [Range(0.0, 1.0, MinimumIsExclusive = true)]
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Gets or sets how many attempts must be made within <see cref="CircuitBreakerSamplingDuration"/> before the circuit may open (at least 2).</summary>
    /// <value>Defaults to 10.</value>
    [Range(2, int.MaxValue)]
    public int CircuitBreakerMinimumThroughput { get; set; } = 10;

    /// <summary>
    /// Gets or sets the window over which failures are counted (0.5 s to 1 day). When set, it must be at
    /// least twice the effective attempt timeout (the lesser of <see cref="AttemptTimeout"/> and
    /// <see cref="TotalTimeout"/>), so a timed-out attempt is still in the window when it is counted.
    /// </summary>
    /// <value>
    /// Defaults to <see langword="null"/>: 2 minutes, or twice the effective attempt timeout when that is
    /// longer (at most 1 day), so changing a timeout never requires changing this.
    /// </value>
    [Range(typeof(TimeSpan), "00:00:00.500", "1.00:00:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan? CircuitBreakerSamplingDuration { get; set; }

    /// <summary>Gets or sets how long the circuit stays open before one trial call is let through (0.5 s to 1 day).</summary>
    /// <value>Defaults to 30 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.500", "1.00:00:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets how long before its expiry a token obtained with <see cref="ApiKey"/> is refreshed (zero to 59 min 59 s: tokens live one hour).</summary>
    /// <value>Defaults to 5 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:59:59", ParseLimitsInInvariantCulture = true)]
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Gets or sets a configuration of the client's <see cref="SocketsHttpHandler"/>, the transport of its two HTTP
    /// clients (the API's and the token exchange's): a corporate proxy, a client certificate, connection limits.
    /// It runs on the SDK's handler after the SDK's defaults; then the SDK re-imposes its rule that redirects are
    /// never followed (<see cref="SocketsHttpHandler.AllowAutoRedirect"/> is set back to <see langword="false"/>).
    /// Code, not configuration: binding a configuration section never sets it.
    /// </summary>
    /// <value>Defaults to <see langword="null"/>: the SDK's handler as it is.</value>
    /// <remarks>
    /// Called each time a handler is created (when the client is first used, then whenever the HTTP client factory
    /// renews its handlers). With <c>AddMasivoClient</c>, the builder it returns does the same
    /// (<c>ConfigurePrimaryHandler</c>) with access to the container; both apply, this one first.
    /// </remarks>
    /// <example>
    /// <code>
    /// var options = new MasivoClientOptions
    /// {
    ///     ApiKey = key,
    ///     ConfigurePrimaryHandler = handler =>
    ///     {
    ///         handler.Proxy = new WebProxy("http://proxy.corp.example:8080");
    ///         handler.SslOptions.ClientCertificates = [certificate];
    ///     },
    /// };
    /// </code>
    /// </example>
    public Action<SocketsHttpHandler>? ConfigurePrimaryHandler { get; set; }

    /// <summary>
    /// Gets handlers of yours for the client's pipeline, such as one that adds a header your gateway requires, or one
    /// that records traffic in a test. Each runs once per attempt, innermost: after the SDK's authentication and
    /// headers handlers, just before the transport, so it sees the request as it goes on the wire (the bearer token,
    /// <c>x-account-id</c>, <c>x-timezone</c>) and the raw answer. They run in list order, the first outermost.
    /// Each names the HTTP clients it joins (<see cref="MasivoHttpClients"/>): only the token exchange,
    /// <c>auth/authorize</c>, carries the API key. Code, not configuration: binding a configuration section never
    /// sets it.
    /// </summary>
    /// <value>Defaults to an empty list.</value>
    /// <remarks>
    /// With <c>AddMasivoClient</c>, the builder it returns does the same (<c>AddHttpMessageHandler</c>) with access
    /// to the container; both apply, these first.
    /// </remarks>
    /// <example>
    /// <code>
    /// var options = new MasivoClientOptions
    /// {
    ///     ApiKey = key,
    ///     AdditionalHandlers =
    ///     {
    ///         new(() => new GatewayHeaderHandler(), MasivoHttpClients.All),
    ///         new(() => new RecordingHandler(log), MasivoHttpClients.Api),
    ///     },
    /// };
    /// </code>
    /// </example>
    public IList<MasivoAdditionalHandler> AdditionalHandlers { get; } = new List<MasivoAdditionalHandler>();

    /// <summary>The timeout one attempt can actually have: <see cref="AttemptTimeout"/>, bounded by <see cref="TotalTimeout"/>.</summary>
    internal TimeSpan EffectiveAttemptTimeout => AttemptTimeout < TotalTimeout ? AttemptTimeout : TotalTimeout;

    /// <summary>The circuit breaker's window: <see cref="CircuitBreakerSamplingDuration"/>, or 2 minutes, or twice the effective attempt timeout when that is longer (at most 1 day).</summary>
    internal TimeSpan EffectiveCircuitBreakerSamplingDuration =>
        CircuitBreakerSamplingDuration
        ?? TimeSpan.FromTicks(Math.Clamp(Math.Min(EffectiveAttemptTimeout.Ticks, long.MaxValue / 2) * 2, TimeSpan.FromMinutes(2).Ticks, TimeSpan.FromDays(1).Ticks));

    /// <summary>Returns a description of the options with every secret redacted.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var text = new StringBuilder("MasivoClientOptions { ");
        text.Append("BaseAddress = ").Append(BaseAddress)
            .Append(", ApiKey = ").Append(Redact(ApiKey))
            .Append(", AccessToken = ").Append(Redact(AccessToken))
            .Append(", AccountId = ").Append(AccountId ?? "(none)")
            .Append(", TimeZone = ").Append(TimeZone)
            .Append(", AttemptTimeout = ").Append(AttemptTimeout)
            .Append(", TotalTimeout = ").Append(TotalTimeout)
            .Append(", MaxRetries = ").Append(MaxRetries)
            .Append(", RetryDelay = ").Append(RetryDelay)
            .Append(", MaxRetryAfter = ").Append(MaxRetryAfter)
            .Append(", MigrationRequestInterval = ").Append(MigrationRequestInterval)
            .Append(", TokenRefreshMargin = ").Append(TokenRefreshMargin)
            .Append(", CircuitBreakerEnabled = ").Append(CircuitBreakerEnabled)
            .Append(", CircuitBreakerFailureRatio = ").Append(CircuitBreakerFailureRatio.ToString(CultureInfo.InvariantCulture))
            .Append(", CircuitBreakerMinimumThroughput = ").Append(CircuitBreakerMinimumThroughput.ToString(CultureInfo.InvariantCulture))
            .Append(", CircuitBreakerSamplingDuration = ").Append(CircuitBreakerSamplingDuration?.ToString() ?? $"(unset: {EffectiveCircuitBreakerSamplingDuration})")
            .Append(", CircuitBreakerBreakDuration = ").Append(CircuitBreakerBreakDuration)
            .Append(", ConfigurePrimaryHandler = ").Append(ConfigurePrimaryHandler is null ? "(none)" : "(set)")
            .Append(", AdditionalHandlers = ").Append(AdditionalHandlers.Count == 0 ? "(none)" : AdditionalHandlers.Count.ToString(CultureInfo.InvariantCulture))
            .Append(" }");
        return text.ToString();
    }

    /// <summary>Copies every setting to <paramref name="target"/>.</summary>
    internal void CopyTo(MasivoClientOptions target)
    {
        target.BaseAddress = BaseAddress;
        target.ApiKey = ApiKey;
        target.AccessToken = AccessToken;
        target.AccountId = AccountId;
        target.TimeZone = TimeZone;
        target.AttemptTimeout = AttemptTimeout;
        target.TotalTimeout = TotalTimeout;
        target.MaxRetries = MaxRetries;
        target.RetryDelay = RetryDelay;
        target.MaxRetryAfter = MaxRetryAfter;
        target.MigrationRequestInterval = MigrationRequestInterval;
        target.TokenRefreshMargin = TokenRefreshMargin;
        target.CircuitBreakerEnabled = CircuitBreakerEnabled;
        target.CircuitBreakerFailureRatio = CircuitBreakerFailureRatio;
        target.CircuitBreakerMinimumThroughput = CircuitBreakerMinimumThroughput;
        target.CircuitBreakerSamplingDuration = CircuitBreakerSamplingDuration;
        target.CircuitBreakerBreakDuration = CircuitBreakerBreakDuration;
        target.ConfigurePrimaryHandler = ConfigurePrimaryHandler;
        if (!ReferenceEquals(target.AdditionalHandlers, AdditionalHandlers))
        {
            target.AdditionalHandlers.Clear();
            foreach (var handler in AdditionalHandlers)
            {
                target.AdditionalHandlers.Add(handler);
            }
        }
    }

    private static string Redact(string? secret) => secret is null ? "(none)" : "(redacted)";
}
