using Microsoft.Extensions.Options;

namespace Masivo.Sdk.Internal;

/// <summary>
/// The options a running client follows when its configuration changes (a reloaded appsettings.json,
/// a rotated key): the credential, the account id and the time zone, read on every attempt. Everything
/// else shapes the HTTP pipeline and needs a new client. A change that fails validation, or that switches
/// between an API key and an access token, is ignored: the client keeps the values it had.
/// </summary>
internal sealed class LiveClientSettings : IDisposable
{
    private readonly IDisposable? _subscription;
    private volatile Snapshot _current;

    public LiveClientSettings(MasivoClientOptions initial, IOptionsMonitor<MasivoClientOptions>? monitor = null, string? name = null)
    {
        _current = new Snapshot(initial);
        _subscription = monitor?.OnChange((options, changed) =>
        {
            // A change of credential kind (ApiKey to AccessToken, or back) needs a new client: it is ignored
            // whole, so the running client keeps working with what it has.
            if (string.Equals(changed ?? string.Empty, name ?? string.Empty, StringComparison.Ordinal)
                && UsesApiKey(options) == UsesApiKey(initial))
            {
                _current = new Snapshot(options);
            }
        });
    }

    public Snapshot Current => _current;

    private static bool UsesApiKey(MasivoClientOptions options) => !string.IsNullOrWhiteSpace(options.ApiKey);

    public void Dispose() => _subscription?.Dispose();

    /// <summary>One consistent set of the live values (never printed: it holds the credential).</summary>
    internal sealed class Snapshot(MasivoClientOptions options)
    {
        public string? ApiKey { get; } = options.ApiKey;

        public string? AccessToken { get; } = options.AccessToken;

        public string? AccountId { get; } = options.AccountId;

        public string TimeZone { get; } = options.TimeZone;

        public override string ToString() => nameof(Snapshot);
    }
}
