using System.Diagnostics;
using Masivo.Sdk.Testing;

namespace Masivo.Sdk.ConsumerCheck;

/// <summary>
/// Every failure the fake can script, each of which must reach the caller as the SDK's documented
/// exception: a third-party exception (Polly, Refit, sockets) or a MissingMethodException from a
/// dependency older than the SDK was built against fails the check.
/// </summary>
internal static class ErrorChecks
{
    public static async Task ServerError(MasivoFakeServer server)
    {
        using var client = Samples.Client(server);
        server.FailNext(FakeRoute.CreateCustomer, FakeFault.Status(503));

        var error = await Verify.Throws<MasivoApiException>(() => client.Customers.CreateAsync(Samples.Customer("c-503")));

        Verify.That(error.StatusCode == 503, $"StatusCode is 503 (got {error.StatusCode})");
        Verify.That(error.Details == "Injected by the fake server", $"Details is Masivo's (got {error.Details})");
        Verify.That(server.RequestsTo(FakeRoute.CreateCustomer).Count == 1, "a create is never retried on a 5xx");
    }

    public static async Task RetriedServerError(MasivoFakeServer server)
    {
        using var client = Samples.Client(server, o => o.MaxRetries = 3);
        server.FailNext(FakeRoute.SearchContacts, FakeFault.Status(503), times: 2);

        var found = await client.Contacts.SearchAsync(new ContactSearchQuery { Email = "ana@example.com" });

        Verify.That(found.Count == 0, "the search succeeds on its third attempt");
        Verify.That(server.RequestsTo(FakeRoute.SearchContacts).Count == 3, $"two 503s, then the answer (got {server.RequestsTo(FakeRoute.SearchContacts).Count} requests)");
    }

    /// <summary>
    /// The SDK turns Polly's BrokenCircuitException into MasivoCircuitOpenException, reading its
    /// RetryAfter (Polly.Core 8.5 and later): the check that fails when the package lets a consumer
    /// resolve an older Polly.Core.
    /// </summary>
    public static async Task OpenCircuit(MasivoFakeServer server)
    {
        using var client = Samples.Client(server, o =>
        {
            o.MaxRetries = 0;
            o.CircuitBreakerMinimumThroughput = 2;
            o.CircuitBreakerFailureRatio = 0.5;
            o.CircuitBreakerBreakDuration = TimeSpan.FromSeconds(30);
        });
        server.FailNext(FakeRoute.SearchContacts, FakeFault.Status(503), times: 5);
        var query = new ContactSearchQuery { Email = "ana@example.com" };

        await Verify.Throws<MasivoApiException>(() => client.Contacts.SearchAsync(query));
        await Verify.Throws<MasivoApiException>(() => client.Contacts.SearchAsync(query));
        var open = await Verify.Throws<MasivoCircuitOpenException>(() => client.Contacts.SearchAsync(query));

        Verify.That(open.RetryAfter is { } wait && wait > TimeSpan.Zero && wait <= TimeSpan.FromSeconds(30), $"RetryAfter is the rest of the 30 s break (got {open.RetryAfter?.ToString() ?? "null"})");
        Verify.That(open.Operation == "contacts.search", $"Operation is contacts.search (got {open.Operation})");
        Verify.That(server.RequestsTo(FakeRoute.SearchContacts).Count == 2, $"nothing was sent while the circuit is open (got {server.RequestsTo(FakeRoute.SearchContacts).Count} requests)");
    }

    public static async Task AttemptTimeout(MasivoFakeServer server)
    {
        using var client = Samples.Client(server, o =>
        {
            o.MaxRetries = 0;
            o.AttemptTimeout = TimeSpan.FromMilliseconds(300);
        });
        await client.Contacts.SearchAsync(new ContactSearchQuery { Email = "warm@example.com" }); // the key exchange, outside the timed call
        server.FailNext(FakeRoute.SearchContacts, FakeFault.Delayed(TimeSpan.FromSeconds(5)));
        var clock = Stopwatch.StartNew();

        await Verify.Throws<MasivoTimeoutException>(() => client.Contacts.SearchAsync(new ContactSearchQuery { Email = "ana@example.com" }));

        Verify.That(clock.Elapsed < TimeSpan.FromSeconds(3), $"the call gave up after about 300 ms (took {clock.Elapsed.TotalMilliseconds:0} ms)");
    }

    public static async Task DroppedConnection(MasivoFakeServer server)
    {
        using var client = Samples.Client(server);
        server.FailNext(FakeRoute.CreateCustomer, FakeFault.DropConnection());

        var error = await Verify.Throws<MasivoConnectionException>(() => client.Customers.CreateAsync(Samples.Customer("c-dropped")));

        Verify.That(error.RequestMayHaveBeenSent, "RequestMayHaveBeenSent: the server read the request before dropping it");
        Verify.That(server.RequestsTo(FakeRoute.CreateCustomer).Count == 1, "a create is not retried after a broken connection");
    }

    public static async Task RateLimited(MasivoFakeServer server)
    {
        using var client = Samples.Client(server, o => o.MaxRetries = 0);
        server.FailNext(FakeRoute.RedeemCoupon, FakeFault.RateLimited(TimeSpan.FromSeconds(2)));

        var error = await Verify.Throws<MasivoRateLimitException>(() => client.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = "c-1", Code = "ANY" }));

        Verify.That(error.StatusCode == 429, $"StatusCode is 429 (got {error.StatusCode})");
        Verify.That(error.RetryAfter == TimeSpan.FromSeconds(2), $"RetryAfter is the server's 2 s (got {error.RetryAfter?.ToString() ?? "null"})");
    }

    public static async Task RefusedKey(MasivoFakeServer server)
    {
        using var client = Samples.Client(server, o => o.ApiKey = "not-the-key");

        var error = await Verify.Throws<MasivoAuthenticationException>(() => client.Contacts.SearchAsync(new ContactSearchQuery { Email = "ana@example.com" }));

        Verify.That(error.StatusCode == 401, $"StatusCode is 401 (got {error.StatusCode})");
        Verify.That(server.RequestsTo(FakeRoute.SearchContacts).Count == 0, "nothing but the key exchange was sent");
    }

    public static async Task UnreadableAnswer(MasivoFakeServer server)
    {
        using var client = Samples.Client(server);
        server.FailNext(FakeRoute.SearchContacts, FakeFault.Status(200)); // a 200 whose body is an error object, not contacts

        var error = await Verify.Throws<MasivoInvalidResponseException>(() => client.Contacts.SearchAsync(new ContactSearchQuery { Email = "ana@example.com" }));

        Verify.That(error.Operation == "contacts.search", $"Operation is contacts.search (got {error.Operation})");
        Verify.That(error.StatusCode == 200, $"StatusCode is the answer's 200 (got {error.StatusCode})");
        Verify.That(server.RequestsTo(FakeRoute.SearchContacts).Count == 1, "a 2xx is never retried");
    }

    public static async Task FailedMigrationBatch(MasivoFakeServer server)
    {
        using var client = Samples.Client(server, o => o.MaxRetries = 0);
        server.FailNext(FakeRoute.MigrateCustomers, FakeFault.Status(503));

        var error = await Verify.Throws<MasivoMigrationException>(() => client.Customers.MigrateAsync(Samples.Customers("failed", 5), new MigrationOptions { BatchSize = 2 }));

        Verify.That(error.Result is MigrationResult<CustomerMigrationRecord>, $"Result is a MigrationResult<CustomerMigrationRecord> (got {error.Result.GetType()})");
        var result = (MigrationResult<CustomerMigrationRecord>)error.Result;
        Verify.Accounts(result);
        Verify.That(result.TotalRecords is >= 2 and <= 5, $"the records read are the failed batch and at most the rest (got {result.TotalRecords})");
        Verify.That(result.SucceededRecords == 0 && result.NextRecordIndex == 0, "nothing was acknowledged: resume from record 0");
        Verify.That(result.Batches[0].Error is MasivoApiException { StatusCode: 503 }, "the first batch failed with the 503");
        Verify.That(result.Batches[0].Records?.Select(r => r.Id).SequenceEqual(["failed-0", "failed-1"]) == true, "the failed batch keeps its records for re-submission");
        Verify.That(server.RequestsTo(FakeRoute.MigrateCustomers).Count == 1, "the migration stopped at the failed batch");
    }

    public static async Task CancelledMigration(MasivoFakeServer server)
    {
        using var client = Samples.Client(server);
        using var cancellation = new CancellationTokenSource();

        async IAsyncEnumerable<ContactMigrationRecord> CancelsAfterThree()
        {
            var read = 0;
            foreach (var record in Samples.Contacts("cancelled", 10))
            {
                if (read++ == 3)
                {
                    await cancellation.CancelAsync();
                }

                await Task.Yield();
                yield return record;
            }
        }

        var error = await Verify.Throws<MasivoMigrationCanceledException>(() => client.Contacts.MigrateAsync(CancelsAfterThree(), new MigrationOptions { BatchSize = 2 }, cancellation.Token));

        Verify.That(error.CancellationToken == cancellation.Token, "the exception carries the caller's token");
        var result = (MigrationResult<ContactMigrationRecord>)error.Result;
        Verify.Accounts(result);
        Verify.That(result.SucceededRecords <= 4 && result.TotalRecords <= 10, $"the migration stopped early (read {result.TotalRecords}, acknowledged {result.SucceededRecords})");
    }

    public static async Task CallerCancellation(MasivoFakeServer server)
    {
        using var client = Samples.Client(server);
        await client.Contacts.SearchAsync(new ContactSearchQuery { Email = "warm@example.com" }); // the key exchange, so the cancel hits the search itself
        server.FailNext(FakeRoute.SearchContacts, FakeFault.Delayed(TimeSpan.FromSeconds(5)));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var error = await Verify.Throws<OperationCanceledException>(() => client.Contacts.SearchAsync(new ContactSearchQuery { Email = "ana@example.com" }, cancellation.Token), orSubclass: true);

        Verify.That(error.GetType().Assembly != typeof(MasivoClient).Assembly, $"the caller's own cancellation is not wrapped (got {error.GetType()})");
    }
}
