namespace Masivo.Sdk.Testing;

/// <summary>Configures a <see cref="MasivoFakeServer"/>.</summary>
public sealed class MasivoFakeServerOptions
{
    /// <summary>Gets or sets the API key the server accepts at <c>auth/authorize</c>.</summary>
    /// <value>Defaults to a new random key per server.</value>
    public string ApiKey { get; set; } = "fake-server-key-" + Guid.NewGuid().ToString("N");

    /// <summary>Gets or sets a fixed bearer token the server also accepts, for <see cref="MasivoClientOptions.AccessToken"/> mode.</summary>
    /// <value>Defaults to a new random token per server.</value>
    public string AccessToken { get; set; } = "fake-server-token-" + Guid.NewGuid().ToString("N");

    /// <summary>Gets or sets the account id the server expects in <c>x-account-id</c> on the contacts endpoints.</summary>
    /// <value>Defaults to <c>fake-account</c>.</value>
    public string AccountId { get; set; } = "fake-account";

    /// <summary>Gets or sets how long issued tokens live.</summary>
    /// <value>Defaults to one hour, as Masivo's do.</value>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Gets or sets the most customers one <c>customers/migrate</c> request may hold.</summary>
    /// <value>Defaults to 1,000, as Masivo's migration guide says.</value>
    public int CustomerMigrationBatchLimit { get; set; } = 1_000;

    /// <summary>
    /// Gets or sets the spacing the migration limiter demands between two migration requests (both
    /// routes together); an earlier request gets a 429 with <c>Retry-After</c>, as in production where
    /// it is 5 seconds. <see langword="null"/> turns it off.
    /// </summary>
    /// <value>Defaults to <see langword="null"/>: migrations are not limited.</value>
    public TimeSpan? MigrationRequestInterval { get; set; }

    /// <summary>
    /// Gets or sets how many migration requests the limiter accepts in any hour (1,000 in production);
    /// with it set, every migration answer carries <c>X-RateLimit-Limit</c>, <c>X-RateLimit-Remaining</c>
    /// and <c>X-RateLimit-Reset</c>. <see langword="null"/> turns it off.
    /// </summary>
    /// <value>Defaults to <see langword="null"/>.</value>
    public int? MigrationHourlyLimit { get; set; }

    /// <summary>Gets or sets how long a one-time code of <c>POST auth/totp</c> can be verified.</summary>
    /// <value>Defaults to five minutes (Masivo does not document its own).</value>
    public TimeSpan TotpCodeLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets the server's clock, for tokens, timestamps, the migration limiter and webhooks' redelivery and timeouts.</summary>
    /// <value>Defaults to <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Gets or sets where the server POSTs the webhooks Masivo would send (<c>CUSTOMER_REGISTRATION</c>,
    /// <c>CUSTOMER_ACCUMULATION</c>, <c>CUSTOMER_REDEMPTION</c>, <c>CUSTOMER_ANONYMOUS_TO_REGISTERED</c>), as JSON
    /// <c>{"event": ..., "data": ...}</c>: an endpoint mapped with <c>MapMasivoWebhooks</c>, say. As on Masivo, they are
    /// delivered in the background, in order, after the API call that caused them has answered, and a failed delivery
    /// (an answer other than 2xx, an exception, a timeout) is delivered again: see <see cref="WebhookMaxAttempts"/> and
    /// <see cref="MasivoFakeServer.WaitForWebhooksAsync"/>.
    /// </summary>
    /// <value>Defaults to <see langword="null"/>: no webhooks are posted.</value>
    public Uri? WebhookUrl { get; set; }

    /// <summary>
    /// Gets or sets a callback that receives each webhook in-process, in the background, before it is posted to
    /// <see cref="WebhookUrl"/> (if set). An exception from it fails the attempt, as a 500 would: the webhook is delivered
    /// again (to the callback first), and a webhook whose last attempt failed is reported by
    /// <see cref="MasivoFakeServer.WaitForWebhooksAsync"/>, never to the API call. Its token is cancelled when the attempt
    /// times out (<see cref="WebhookTimeout"/>) or the server is disposed.
    /// </summary>
    /// <value>Defaults to <see langword="null"/>.</value>
    public Func<MasivoWebhookEvent, CancellationToken, Task>? WebhookHandler { get; set; }

    /// <summary>
    /// Gets or sets how many times a webhook is attempted before it is given up: the first delivery and the redeliveries
    /// after failed ones (Masivo retries failed deliveries; it does not document how often). Webhooks wait for the one
    /// before them, so a webhook being redelivered holds back those after it.
    /// </summary>
    /// <value>Defaults to 4: one delivery and up to three redeliveries. At most 10; 1 turns redelivery off.</value>
    public int WebhookMaxAttempts { get; set; } = 4;

    /// <summary>
    /// Gets or sets how long the server waits, on <see cref="TimeProvider"/>, before the first redelivery of a failed
    /// webhook; each later one waits twice as long as the one before (100, 200, 400 ms by default). With a
    /// <c>FakeTimeProvider</c>, advance it past the delay (<see cref="FakeWebhookAttempt.NextAttemptAt"/>) to redeliver.
    /// </summary>
    /// <value>Defaults to 100 milliseconds; zero to at most a day.</value>
    public TimeSpan WebhookRetryDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Gets or sets how long one delivery attempt may take, on <see cref="TimeProvider"/>: the callback and the POST
    /// together; a slower attempt is cancelled and fails, to be delivered again.
    /// </summary>
    /// <value>Defaults to 10 seconds; positive and at most a day, or <see cref="Timeout.InfiniteTimeSpan"/>.</value>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
