using Masivo.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Masivo.Sdk.Tests.FakeServer;

/// <summary>A client made by the fake runs on the fake's clock, so time-based tests see one consistent time.</summary>
public sealed class FakeClockTests
{
    [Fact]
    public async Task A_client_from_a_fake_on_a_fake_clock_keeps_its_token()
    {
        var clock = new FakeTimeProvider(); // starts in the year 2000, far from the system clock
        await using var server = await MasivoFakeServer.StartAsync(new MasivoFakeServerOptions { TimeProvider = clock });
        using var client = server.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            await client.Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com" });
        }

        Assert.Single(server.RequestsTo(FakeRoute.Authorize));

        clock.Advance(TimeSpan.FromHours(2)); // past the token's expiry, by the clock both share
        await client.Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com" });

        Assert.Equal(2, server.RequestsTo(FakeRoute.Authorize).Count);
    }
}
