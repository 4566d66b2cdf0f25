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

    /// <summary>Gets or sets the server's clock, for tokens, timestamps and the migration limiter.</summary>
    /// <value>Defaults to <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Gets or sets where the server POSTs the webhooks Masivo would send (<c>CUSTOMER_REGISTRATION</c>,
    /// <c>CUSTOMER_ACCUMULATION</c>, <c>CUSTOMER_REDEMPTION</c>, <c>CUSTOMER_ANONYMOUS_TO_REGISTERED</c>), as JSON
    /// <c>{"event": ..., "data": ...}</c>: an endpoint mapped with <c>MapMasivoWebhooks</c>, say.
    /// See <see cref="MasivoFakeServer.WaitForWebhooksAsync"/>.
    /// </summary>
    /// <value>Defaults to <see langword="null"/>: no webhooks are posted.</value>
    public Uri? WebhookUrl { get; set; }

    /// <summary>
    /// Gets or sets a callback that receives each webhook in-process, before it is posted to <see cref="WebhookUrl"/> (if
    /// set). An exception from it is reported by <see cref="MasivoFakeServer.WaitForWebhooksAsync"/>, not to the API call.
    /// </summary>
    /// <value>Defaults to <see langword="null"/>.</value>
    public Func<MasivoWebhookEvent, CancellationToken, Task>? WebhookHandler { get; set; }
}
