using Masivo.Sdk;
using Masivo.Sdk.Testing;

namespace Masivo.Samples.Migration;

/// <summary>
/// The real API when MASIVO_API_KEY or MASIVO_ACCESS_TOKEN is set (with MASIVO_ACCOUNT_ID and,
/// optionally, MASIVO_BASE_ADDRESS); otherwise the embedded fake server, with its migration limiter
/// on and the pacing shortened so a demo runs in seconds.
/// </summary>
internal sealed class MasivoConnection : IAsyncDisposable
{
    public static readonly TimeSpan FakeInterval = TimeSpan.FromMilliseconds(100);

    private readonly MasivoFakeServer? _fake;

    private MasivoConnection(MasivoClient client, MasivoFakeServer? fake, TimeSpan interval, string description)
    {
        Client = client;
        _fake = fake;
        Interval = interval;
        Description = description;
    }

    public MasivoClient Client { get; }

    /// <summary>Gets a value indicating whether the client talks to the tool's own embedded fake, which starts empty (no MASIVO_* variables set).</summary>
    public bool IsOwnFake => _fake is not null;

    public string Description { get; }

    /// <summary>Gets the spacing of migration requests: what the time-left estimate is made of.</summary>
    public TimeSpan Interval { get; }

    public static async Task<MasivoConnection> OpenAsync(TimeSpan? interval)
    {
        var apiKey = Environment.GetEnvironmentVariable("MASIVO_API_KEY");
        var token = Environment.GetEnvironmentVariable("MASIVO_ACCESS_TOKEN");
        if (string.IsNullOrWhiteSpace(apiKey) && string.IsNullOrWhiteSpace(token))
        {
            var pacing = interval ?? FakeInterval;
            var fake = await MasivoFakeServer.StartAsync(new MasivoFakeServerOptions { MigrationRequestInterval = pacing });
            return ToFake(fake, pacing, ownsFake: true);
        }

        var options = new MasivoClientOptions
        {
            ApiKey = string.IsNullOrWhiteSpace(apiKey) ? null : apiKey,
            AccessToken = string.IsNullOrWhiteSpace(apiKey) ? token : null,
            AccountId = Environment.GetEnvironmentVariable("MASIVO_ACCOUNT_ID"),
        };
        if (Environment.GetEnvironmentVariable("MASIVO_BASE_ADDRESS") is { Length: > 0 } baseAddress)
        {
            options.BaseAddress = new Uri(baseAddress);
        }

        if (interval is { } custom)
        {
            options.MigrationRequestInterval = custom;
        }

        return new MasivoConnection(new MasivoClient(options), null, options.MigrationRequestInterval, $"Masivo at {options.BaseAddress}");
    }

    /// <summary>A connection to a fake server; the fake is disposed with the connection only when it is owned.</summary>
    public static MasivoConnection ToFake(MasivoFakeServer fake, TimeSpan interval, bool ownsFake)
    {
        var client = fake.CreateClient(o => o.MigrationRequestInterval = interval);
        return new MasivoConnection(client, ownsFake ? fake : null, interval, $"the embedded fake Masivo at {fake.BaseAddress} (one migration request every {interval.TotalMilliseconds:0} ms)");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_fake is not null)
        {
            await _fake.DisposeAsync();
        }
    }
}
