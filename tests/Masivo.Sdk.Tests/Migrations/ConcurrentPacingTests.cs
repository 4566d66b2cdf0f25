using System.Globalization;
using Masivo.Sdk.Testing;

namespace Masivo.Sdk.Tests.Migrations;

/// <summary>Two migrations on one client share the pacing: neither starts until the other's request is answered.</summary>
public sealed class ConcurrentPacingTests
{
    [Fact]
    public async Task Concurrent_migrations_paced_at_the_limiters_interval_trip_no_429()
    {
        var interval = TimeSpan.FromMilliseconds(250);
        await using var server = await MasivoFakeServer.StartAsync(new MasivoFakeServerOptions { MigrationRequestInterval = interval });
        using var client = server.CreateClient(o => o.MigrationRequestInterval = interval);
        server.FailNext(FakeRoute.Authorize, FakeFault.Delayed(TimeSpan.FromMilliseconds(300))); // the first turn leaves late

        List<ContactMigrationRecord> Contacts(string prefix) =>
            Enumerable.Range(0, 3).Select(i => new ContactMigrationRecord { ExternalId = prefix + i.ToString(CultureInfo.InvariantCulture) }).ToList();

        await Task.WhenAll(
            client.Contacts.MigrateAsync(Contacts("a"), new MigrationOptions { BatchSize = 1 }),
            client.Contacts.MigrateAsync(Contacts("b"), new MigrationOptions { BatchSize = 1 }));

        Assert.Equal(6, server.RequestsTo(FakeRoute.MigrateContacts).Count); // one request per batch: no 429, no resend
    }
}
