using Masivo.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Masivo.Sdk.ConsumerCheck;

/// <summary>Both ways to build a client, and every public operation answering as documented.</summary>
internal static class OperationChecks
{
    public static async Task ClientFromOptions(MasivoFakeServer server)
    {
        using var client = new MasivoClient(new MasivoClientOptions
        {
            BaseAddress = server.BaseAddress,
            ApiKey = server.ApiKey,
            AccountId = server.AccountId,
            MigrationRequestInterval = TimeSpan.Zero,
            RetryDelay = TimeSpan.FromMilliseconds(1),
        });

        var created = await client.Customers.CreateAsync(Samples.Customer("options-1"));
        var found = await client.Contacts.SearchAsync(new ContactSearchQuery { Email = "nobody@example.com" });

        Verify.That(created.Customer?.Id == "options-1", "the created customer comes back with its id");
        Verify.That(found.Count == 0, $"a search for an unknown email finds nothing (got {found.Count})");
        Verify.That(server.RequestsTo(FakeRoute.Authorize).Count == 1, "the API key is exchanged once, at auth/authorize");
        var create = server.RequestsTo(FakeRoute.CreateCustomer).Single();
        Verify.That(create.Header("Authorization") is { } bearer && bearer.StartsWith("Bearer ", StringComparison.Ordinal) && !bearer.Contains(server.ApiKey, StringComparison.Ordinal), "calls carry a bearer token, not the key");
        Verify.That(create.Header("x-api-key") is null, "the API key is sent to auth/authorize only");
    }

    public static async Task ClientFromServices(MasivoFakeServer server)
    {
        // ServiceCollection comes from Microsoft.Extensions.DependencyInjection, which Masivo.Sdk's
        // nuspec declares: this project deliberately does not reference it itself (see the .csproj).
        var services = new ServiceCollection();
        services.AddMasivoClient(options => UseFake(options, server));
        services.AddMasivoClient("second-account", options => UseFake(options, server));
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var client = provider.GetRequiredService<MasivoClient>();
        var named = provider.GetRequiredKeyedService<MasivoClient>("second-account");
        var created = await client.Customers.CreateAsync(Samples.Customer("services-1"));
        var migrated = await named.Contacts.MigrateAsync(Samples.Contacts("services", 2));

        Verify.That(!ReferenceEquals(client, named), "the default and the named client are distinct");
        Verify.That(ReferenceEquals(client, provider.GetRequiredService<MasivoClient>()), "the default client is one instance for the container");
        Verify.That(created.Customer?.Id == "services-1", "the container's client creates a customer");
        Verify.That(migrated.SucceededRecords == 2, $"the named client migrates 2 contacts (got {migrated.SucceededRecords})");
    }

    public static async Task SearchContacts(MasivoFakeServer server)
    {
        using var client = Samples.Client(server);
        await client.Contacts.MigrateAsync(Samples.Contacts("search", 3));

        var byEmail = await client.Contacts.SearchAsync(new ContactSearchQuery { Email = "search-1@example.com" });
        var byExternalId = await client.Contacts.SearchAsync(new ContactSearchQuery { ExternalId = "search-2" });
        var none = await client.Contacts.SearchAsync(new ContactSearchQuery { Email = "nobody@example.com" });

        Verify.That(byEmail.Count == 1 && byEmail[0].ExternalId == "search-1", "a search by email finds that contact");
        Verify.That(byEmail[0].Dob == new DateOnly(1990, 5, 1) && byEmail[0].FirstName == "Ana", "the contact's fields come back as migrated");
        Verify.That(byExternalId.Count == 1 && byExternalId[0].Email == "search-2@example.com", "a search by external id finds that contact");
        Verify.That(none.Count == 0, "a search for an unknown email finds nothing");
        Verify.That(server.RequestsTo(FakeRoute.SearchContacts)[0].Query.GetValueOrDefault("email") == "search-1@example.com", "the query is sent as ?email=");
        Verify.That(server.RequestsTo(FakeRoute.SearchContacts)[0].Header("x-account-id") == server.AccountId, "the account header is sent");
    }

    public static async Task MigrateContactsFromList(MasivoFakeServer server)
    {
        using var client = Samples.Client(server);
        var progress = new RecordingProgress();

        var result = await client.Contacts.MigrateAsync(Samples.Contacts("list", 5).ToList(), new MigrationOptions { BatchSize = 2, Progress = progress });

        Verify.Accounts(result, expectedTotal: 5);
        Verify.That(result.IsSuccess && result.SucceededRecords == 5 && result.Batches.Count == 3, $"5 contacts in 3 batches of at most 2 (got {result.SucceededRecords} in {result.Batches.Count})");
        Verify.That(server.RequestsTo(FakeRoute.MigrateContacts).Count == 3, "3 migration requests");
        Verify.That(server.Contacts.Count == 5, $"the server holds the 5 contacts (got {server.Contacts.Count})");
        Verify.That(progress.MostSucceeded == 5, $"progress reports the 5 records acknowledged (got {progress.MostSucceeded})");
    }

    public static async Task MigrateContactsFromStream(MasivoFakeServer server)
    {
        using var client = Samples.Client(server);

        var result = await client.Contacts.MigrateAsync(Samples.Streamed(Samples.Contacts("stream", 3)), new MigrationOptions { TimeZone = "America/Mexico_City" });
        var found = await client.Contacts.SearchAsync(new ContactSearchQuery { ExternalId = "stream-2" });

        Verify.Accounts(result, expectedTotal: 3);
        Verify.That(result.SucceededRecords == 3 && result.Batches.Count == 1, "3 streamed contacts in one batch");
        Verify.That(found.Count == 1, "a migrated contact is searchable");
        Verify.That(server.RequestsTo(FakeRoute.MigrateContacts).Single().Header("x-timezone") == "America/Mexico_City", "the migration's time zone is sent");
    }

    public static async Task CreateCustomer(MasivoFakeServer server)
    {
        using var client = Samples.Client(server);

        var created = await client.Customers.CreateAsync(Samples.Customer("customer-42"));

        Verify.That(created.Customer?.Id == "customer-42" && created.Customer.Email == "customer-42@example.com", "the created customer comes back");
        Verify.That(created.Wallet is not null, "the created customer comes with a wallet");
        Verify.That(server.FindCustomer("customer-42") is not null, "the server holds the customer");
        Verify.That(server.RequestsTo(FakeRoute.CreateCustomer).Single().CreatedCustomer?.Name == "Ana García", "the request carried the customer");
    }

    public static async Task MigrateCustomersFromList(MasivoFakeServer server)
    {
        using var client = Samples.Client(server);

        var result = await client.Customers.MigrateAsync(Samples.Customers("list", 3).ToArray(), new MigrationOptions { BatchSize = 2 });

        Verify.Accounts(result, expectedTotal: 3);
        Verify.That(result.SucceededRecords == 3 && result.Batches.Count == 2, "3 customers in 2 batches");
        Verify.That(server.FindCustomer("list-2") is not null, "the server holds the migrated customers");
        Verify.That(server.RequestsTo(FakeRoute.MigrateCustomers).Sum(r => r.MigratedCustomers?.Count ?? 0) == 3, "the requests carried the 3 customers");
    }

    public static async Task MigrateCustomersFromStream(MasivoFakeServer server)
    {
        using var client = Samples.Client(server);

        var result = await client.Customers.MigrateAsync(Samples.Streamed(Samples.Customers("stream", 4)));

        Verify.Accounts(result, expectedTotal: 4);
        Verify.That(result.SucceededRecords == 4 && result.Batches.Count == 1, "4 streamed customers in one batch");
        Verify.That(server.FindCustomer("stream-3") is not null, "the server holds the migrated customers");
    }

    public static async Task MigrationGoesOnPastAFailedBatch(MasivoFakeServer server)
    {
        using var client = Samples.Client(server);
        server.FailNext(FakeRoute.MigrateCustomers, FakeFault.Status(400, details: "rejected by the consumer check"));

        var result = await client.Customers.MigrateAsync(Samples.Customers("partial", 5), new MigrationOptions { BatchSize = 2, ContinueOnBatchFailure = true });

        Verify.Accounts(result, expectedTotal: 5);
        Verify.That(result.FailedRecords == 2 && result.SucceededRecords == 3, $"the first batch of 2 failed and 3 records went through (got {result.FailedRecords} failed, {result.SucceededRecords} succeeded)");
        Verify.That(result.FailedBatches.Single().Error is MasivoApiException { StatusCode: 400 }, "the failed batch carries the 400 as a MasivoApiException");
        Verify.That(server.FindCustomer("partial-0") is null && server.FindCustomer("partial-4") is not null, "only the other batches reached the server");
    }

    public static async Task RedeemCoupon(MasivoFakeServer server)
    {
        using var client = Samples.Client(server);
        server.AddCoupon(new FakeCoupon("WELCOME10") { SingleUse = true, Rewards = { new FakeCouponReward(10m, RewardType.Points) } });
        await client.Customers.CreateAsync(Samples.Customer("redeemer"));

        var redemption = await client.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = "redeemer", Code = "WELCOME10", StoreId = "store-1" });
        var again = await Verify.Throws<MasivoApiException>(() => client.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = "redeemer", Code = "WELCOME10" }));

        Verify.That(redemption.Wallet?.Totals?.Sum(t => t.Total) == 10m, "the redemption's wallet holds the coupon's 10 points");
        Verify.That(server.FindCustomer("redeemer")?.Wallet?.Totals?.Sum(t => t.Total) == 10m, "the server's wallet holds the 10 points");
        Verify.That(again.StatusCode == 400 && again.Error == "Coupon already redeemed", $"a second redeem of a single-use coupon is Masivo's 400 (got {again.StatusCode} {again.Error})");
        Verify.That(server.RequestsTo(FakeRoute.RedeemCoupon)[0].Redemption?.StoreId == "store-1", "the request carried the store");
    }

    public static async Task RenewsARevokedToken(MasivoFakeServer server)
    {
        using var client = Samples.Client(server);
        await client.Contacts.SearchAsync(new ContactSearchQuery { Email = "first@example.com" });
        server.RevokeTokens();

        var found = await client.Contacts.SearchAsync(new ContactSearchQuery { Email = "second@example.com" });

        Verify.That(found.Count == 0, "the call after the revocation succeeds");
        Verify.That(server.RequestsTo(FakeRoute.Authorize).Count == 2, $"auth/authorize was called again (got {server.RequestsTo(FakeRoute.Authorize).Count} calls in all)");
        Verify.That(server.RequestsTo(FakeRoute.SearchContacts).Count == 3, $"the refused search was repeated once (got {server.RequestsTo(FakeRoute.SearchContacts).Count} searches in all)");
    }

    public static async Task RefusesInvalidInputBeforeSending(MasivoFakeServer server)
    {
        using var client = Samples.Client(server);

        var search = await Verify.Throws<ArgumentException>(() => client.Contacts.SearchAsync(new ContactSearchQuery { FirstName = "Ana" }));
        var create = await Verify.Throws<ArgumentException>(() => client.Customers.CreateAsync(new CreateCustomerRequest { Name = "no id" }));
        var redeem = await Verify.Throws<ArgumentException>(() => client.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = "c-1" }));
        await Verify.Throws<ArgumentException>(() => client.Customers.MigrateAsync(Samples.Customers("bad", 1), new MigrationOptions { BatchSize = 0 }), orSubclass: true);

        Verify.That(create.Message.Contains("id", StringComparison.Ordinal) && redeem.Message.Contains("code", StringComparison.Ordinal), $"the messages name the missing fields: \"{create.Message}\", \"{redeem.Message}\"");
        Verify.That(search.Message.Length > 0, "the search's message says what is missing");
        Verify.That(server.Requests.Count == 0, $"nothing was sent, not even the key (got {server.Requests.Count} requests)");
    }

    private static void UseFake(MasivoClientOptions options, MasivoFakeServer server)
    {
        options.BaseAddress = server.BaseAddress;
        options.ApiKey = server.ApiKey;
        options.AccountId = server.AccountId;
        options.MigrationRequestInterval = TimeSpan.Zero;
        options.RetryDelay = TimeSpan.FromMilliseconds(1);
    }

    /// <summary>Keeps the most records acknowledged that any report gave; called synchronously, unlike <see cref="Progress{T}"/>.</summary>
    private sealed class RecordingProgress : IProgress<MigrationProgress>
    {
        private readonly object _gate = new();

        public int MostSucceeded { get; private set; }

        public void Report(MigrationProgress value)
        {
            lock (_gate)
            {
                MostSucceeded = Math.Max(MostSucceeded, value.RecordsSucceeded);
            }
        }
    }
}
