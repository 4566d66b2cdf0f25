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

    private MasivoConnection(MasivoClient client, MasivoFakeServer? fake, string description)
    {
        Client = client;
        _fake = fake;
        Description = description;
    }

    public MasivoClient Client { get; }

    public string Description { get; }

    public bool IsFake => _fake is not null;

    public static async Task<MasivoConnection> OpenAsync(TimeSpan? interval)
    {
        var apiKey = Environment.GetEnvironmentVariable("MASIVO_API_KEY");
        var token = Environment.GetEnvironmentVariable("MASIVO_ACCESS_TOKEN");
        if (string.IsNullOrWhiteSpace(apiKey) && string.IsNullOrWhiteSpace(token))
        {
            var pacing = interval ?? FakeInterval;
            var fake = await MasivoFakeServer.StartAsync(new MasivoFakeServerOptions { MigrationRequestInterval = pacing });
            var client = fake.CreateClient(o => o.MigrationRequestInterval = pacing);
            return new MasivoConnection(client, fake, $"the embedded fake Masivo at {fake.BaseAddress} (one migration request every {pacing.TotalMilliseconds:0} ms)");
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

        return new MasivoConnection(new MasivoClient(options), null, $"Masivo at {options.BaseAddress}");
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
