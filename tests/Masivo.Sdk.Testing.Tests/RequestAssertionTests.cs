namespace Masivo.Sdk.Testing.Tests;

public sealed class RequestAssertionTests
{
    [Fact]
    public async Task Requests_are_typed_by_route_with_parsed_bodies_and_headers()
    {
        await using var masivo = await MasivoFakeServer.StartAsync();
        using var client = masivo.CreateClient(o => o.TimeZone = "America/Mexico_City");

        await client.Customers.MigrateAsync([new CustomerMigrationRecord { Id = "k-1", Name = "Ana", Email = "ana@example.com", RegistrationDate = DateTimeOffset.UtcNow }]);
        await client.Contacts.MigrateAsync([new ContactMigrationRecord { ExternalId = "c-1", Email = "c@example.com" }], new MigrationOptions { TimeZone = "Europe/Madrid" });

        var customers = Assert.Single(masivo.RequestsTo(FakeRoute.MigrateCustomers));
        Assert.Equal("k-1", Assert.Single(customers.MigratedCustomers!).Id);
        Assert.Null(customers.MigratedContacts);
        var contacts = Assert.Single(masivo.RequestsTo(FakeRoute.MigrateContacts));
        Assert.Equal("c-1", Assert.Single(contacts.MigratedContacts!).ExternalId);
        Assert.Equal("Europe/Madrid", contacts.Header("X-Timezone"));
        Assert.Equal(masivo.AccountId, contacts.Header("x-account-id"));
        Assert.Equal("c@example.com", contacts.Json!["contacts"]![0]!["email"]!.GetValue<string>());
        Assert.Equal(FakeRoute.Authorize, masivo.Requests[0].Route);
    }

    [Fact]
    public async Task Waiting_for_migration_batches_returns_when_they_have_arrived()
    {
        await using var masivo = await MasivoFakeServer.StartAsync();
        using var client = masivo.CreateClient();
        var contacts = Enumerable.Range(0, 50).Select(i => new ContactMigrationRecord { ExternalId = $"c-{i}" });

        var migration = client.Contacts.MigrateAsync(contacts, new MigrationOptions { BatchSize = 10 });
        var batches = await masivo.WaitForRequestsAsync(FakeRoute.MigrateContacts, 5);
        await migration;

        Assert.Equal(5, batches.Count);
    }

    [Fact]
    public async Task A_wait_that_times_out_says_what_did_arrive()
    {
        await using var masivo = await MasivoFakeServer.StartAsync();

        var error = await Assert.ThrowsAsync<TimeoutException>(
            () => masivo.WaitForRequestsAsync(FakeRoute.MigrateCustomers, 1, TimeSpan.FromMilliseconds(100)));

        Assert.Contains("0 arrived", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-5)]
    [InlineData(0)]
    [InlineData(-2)] // -2 ms: negative, though close to Timeout.InfiniteTimeSpan's -1 ms
    public async Task A_wait_with_a_timeout_that_is_not_positive_is_refused_naming_the_timeout(int milliseconds)
    {
        await using var masivo = await MasivoFakeServer.StartAsync();

        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => { _ = masivo.WaitForRequestsAsync(FakeRoute.MigrateCustomers, 1, TimeSpan.FromMilliseconds(milliseconds)); });

        Assert.Equal("timeout", error.ParamName);
    }

    [Fact]
    public async Task A_wait_longer_than_a_timer_can_wait_is_refused_and_an_infinite_one_waits()
    {
        await using var masivo = await MasivoFakeServer.StartAsync();
        using var client = masivo.CreateClient();

        Assert.Equal("timeout", Assert.Throws<ArgumentOutOfRangeException>(
            () => { _ = masivo.WaitForRequestsAsync(FakeRoute.MigrateCustomers, 1, TimeSpan.FromDays(100)); }).ParamName);
        var wait = masivo.WaitForRequestsAsync(FakeRoute.SearchContacts, 1, Timeout.InfiniteTimeSpan);
        await client.Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com" });

        Assert.Single(await wait);
    }

    [Fact]
    public async Task Servers_running_in_parallel_are_isolated()
    {
        var servers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => MasivoFakeServer.StartAsync()));
        try
        {
            await Task.WhenAll(servers.Select(async (server, index) =>
            {
                using var client = server.CreateClient();
                await client.Contacts.MigrateAsync([new ContactMigrationRecord { ExternalId = $"only-{index}" }]);
            }));

            for (var i = 0; i < servers.Length; i++)
            {
                Assert.Equal($"only-{i}", Assert.Single(servers[i].Contacts).ExternalId);
                Assert.Equal("127.0.0.1", servers[i].BaseAddress.Host);
            }

            Assert.Equal(servers.Length, servers.Select(s => s.BaseAddress.Port).Distinct().Count());
        }
        finally
        {
            foreach (var server in servers)
            {
                await server.DisposeAsync();
            }
        }
    }
}
