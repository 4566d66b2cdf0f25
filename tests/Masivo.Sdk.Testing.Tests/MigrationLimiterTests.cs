namespace Masivo.Sdk.Testing.Tests;

public sealed class MigrationLimiterTests
{
    private static IEnumerable<ContactMigrationRecord> Contacts(int count) =>
        Enumerable.Range(0, count).Select(i => new ContactMigrationRecord { ExternalId = $"c-{i}", Email = $"c{i}@example.com" });

    [Fact]
    public async Task Migrations_faster_than_the_interval_get_a_429_with_Retry_After_and_the_SDK_waits_it_out()
    {
        await using var masivo = await MasivoFakeServer.StartAsync(new MasivoFakeServerOptions { MigrationRequestInterval = TimeSpan.FromSeconds(1) });
        using var client = masivo.CreateClient(); // pacing off on the client: the server's limiter pushes back

        var result = await client.Contacts.MigrateAsync(Contacts(30), new MigrationOptions { BatchSize = 10 });

        Assert.Equal(30, result.SucceededRecords);
        var requests = masivo.RequestsTo(FakeRoute.MigrateContacts);
        Assert.True(requests.Count > 3, $"expected 429s before the second and third batch; {requests.Count} requests");
        Assert.Equal(30, masivo.Contacts.Count);
        var accepted = requests.Where(r => r.MigratedContacts is not null).Select(r => r.MigratedContacts![0].ExternalId).Distinct().ToList();
        Assert.Equal(["c-0", "c-10", "c-20"], accepted);
    }

    [Fact]
    public async Task The_hourly_limit_sends_rate_limit_headers_and_refuses_past_it()
    {
        await using var masivo = await MasivoFakeServer.StartAsync(new MasivoFakeServerOptions { MigrationHourlyLimit = 2 });
        using var http = new HttpClient { BaseAddress = masivo.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", masivo.AccessToken);
        http.DefaultRequestHeaders.Add("x-account-id", masivo.AccountId);

        HttpResponseMessage Post() => http.PostAsync("contacts/migrate", new StringContent("""{"contacts":[{"external_id":"a"}]}""", System.Text.Encoding.UTF8, "application/json")).GetAwaiter().GetResult();

        using var first = Post();
        using var second = Post();
        using var third = Post();

        Assert.Equal(200, (int)first.StatusCode);
        Assert.Equal("1", first.Headers.GetValues("X-RateLimit-Remaining").Single());
        Assert.Equal("0", second.Headers.GetValues("X-RateLimit-Remaining").Single());
        Assert.Equal(429, (int)third.StatusCode);
        Assert.InRange(third.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromMinutes(59), TimeSpan.FromHours(1));
        Assert.Equal("2", third.Headers.GetValues("X-RateLimit-Limit").Single());
    }

    [Fact]
    public async Task Without_limits_the_server_sends_no_rate_limit_headers()
    {
        await using var masivo = await MasivoFakeServer.StartAsync();
        using var client = masivo.CreateClient();

        await client.Contacts.MigrateAsync(Contacts(2), new MigrationOptions { BatchSize = 1 });

        Assert.Equal(2, masivo.RequestsTo(FakeRoute.MigrateContacts).Count);
    }
}
