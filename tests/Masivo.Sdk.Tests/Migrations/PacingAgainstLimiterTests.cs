using System.Globalization;
using Masivo.Sdk.Testing;

namespace Masivo.Sdk.Tests.Migrations;

/// <summary>
/// A client paced at the limiter's own interval is never refused: its spacing counts from when each
/// request leaves (after a token exchange, say), with a margin for the trip's jitter.
/// </summary>
public sealed class PacingAgainstLimiterTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    [Fact]
    public async Task A_migration_paced_at_the_limiters_interval_trips_no_429_in_repeated_runs()
    {
        await using var server = await MasivoFakeServer.StartAsync(new MasivoFakeServerOptions { MigrationRequestInterval = Interval });

        using var client = server.CreateClient(o => o.MigrationRequestInterval = Interval);

        // The process's very first request pays for compiling the HTTP stack and opening the connection
        // after it leaves, which no margin covers (a 429 then is waited out); a search pays that here.
        await client.Contacts.SearchAsync(new ContactSearchQuery { Email = "warm@example.com" });
        for (var run = 0; run < 3; run++)
        {
            var contacts = Enumerable.Range(0, 8).Select(i => new ContactMigrationRecord { ExternalId = $"r{run}-{i.ToString(CultureInfo.InvariantCulture)}" }).ToList();

            var result = await client.Contacts.MigrateAsync(contacts, new MigrationOptions { BatchSize = 2 });

            Assert.True(result.IsSuccess);
        }

        var requests = server.RequestsTo(FakeRoute.MigrateContacts);
        var gaps = requests.Zip(requests.Skip(1), (a, b) => (b.ReceivedAt - a.ReceivedAt).TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture));
        Assert.True(requests.Count == 12, "gaps: " + string.Join(", ", gaps)); // every batch accepted the first time: no 429, no resend
    }
}
