// A consumer's-eye check of the packed Masivo.Sdk, Masivo.Sdk.Testing and Masivo.Sdk.AspNetCore packages: every public
// operation and every documented exception, driven through the fake server exactly as an
// application that installed the two packages would. Run by .ci/consumer-check, once per framework.
// Exits 0 when every check passed; otherwise prints each failure and exits 1.
using System.Runtime.InteropServices;
using Masivo.Sdk.ConsumerCheck;
using Masivo.Sdk.Testing;

Check[] checks =
[
    new("new MasivoClient(options) with the fake's API key", OperationChecks.ClientFromOptions),
    new("services.AddMasivoClient(...) from a ServiceProvider", OperationChecks.ClientFromServices),
    new("contacts.search", OperationChecks.SearchContacts),
    new("contacts.migrate from an IEnumerable", OperationChecks.MigrateContactsFromList),
    new("contacts.migrate from an IAsyncEnumerable", OperationChecks.MigrateContactsFromStream),
    new("customers.create", OperationChecks.CreateCustomer),
    new("customers.migrate from an IEnumerable", OperationChecks.MigrateCustomersFromList),
    new("customers.migrate from an IAsyncEnumerable", OperationChecks.MigrateCustomersFromStream),
    new("customers.migrate goes on past a failed batch", OperationChecks.MigrationGoesOnPastAFailedBatch),
    new("coupons.redeem", OperationChecks.RedeemCoupon),
    new("a revoked token is renewed and the call repeated", OperationChecks.RenewsARevokedToken),
    new("invalid input: ArgumentException, nothing sent", OperationChecks.RefusesInvalidInputBeforeSending),
    new("rewards.create, get and list", CatalogueChecks.Rewards),
    new("tiers.list", CatalogueChecks.Tiers),
    new("campaigns.create, get and list", CatalogueChecks.Campaigns),
    new("transactions.list", CatalogueChecks.AccountTransactions),
    new("totp.create and verify", CatalogueChecks.OneTimeCodes),
    new("contacts.create and update", CatalogueChecks.ContactsCreatedAndUpdated),
    new("customers.migrate_events and migrate_transactions", CatalogueChecks.HistoryMigrations),
    new("events.send, fulfill, reverse, preview_redemption and fulfill_expired", ActivityChecks.Events),
    new("customers.update, tags, consent, identify, devices, transactions, gift cards and referral code", ActivityChecks.CustomerProfile),
    new("503: MasivoApiException", ErrorChecks.ServerError),
    new("503 twice, then retried to success", ErrorChecks.RetriedServerError),
    new("open circuit: MasivoCircuitOpenException", ErrorChecks.OpenCircuit),
    new("attempt timeout: MasivoTimeoutException", ErrorChecks.AttemptTimeout),
    new("dropped connection: MasivoConnectionException", ErrorChecks.DroppedConnection),
    new("429: MasivoRateLimitException", ErrorChecks.RateLimited),
    new("refused API key: MasivoAuthenticationException", ErrorChecks.RefusedKey),
    new("unreadable 2xx: MasivoInvalidResponseException", ErrorChecks.UnreadableAnswer),
    new("failed migration batch: MasivoMigrationException", ErrorChecks.FailedMigrationBatch),
    new("cancelled migration: MasivoMigrationCanceledException", ErrorChecks.CancelledMigration),
    new("caller's cancellation: OperationCanceledException", ErrorChecks.CallerCancellation),
    new("webhooks: the fake's registration reaches MapMasivoWebhooks", WebhookChecks.FakeWebhookReachesMappedEndpoint),
];

var runtime = $".NET {Environment.Version} ({RuntimeInformation.FrameworkDescription.Trim()}, {RuntimeInformation.RuntimeIdentifier})";
Console.WriteLine($"consumer check on {runtime}");
var failures = new List<string>();

foreach (var check in checks)
{
    await using var server = await MasivoFakeServer.StartAsync();
    try
    {
        await check.Run(server).WaitAsync(TimeSpan.FromSeconds(60));
        Console.WriteLine($"ok   {check.Name}");
    }
    catch (CheckFailedException failure)
    {
        Console.WriteLine($"FAIL {check.Name}: {failure.Message}");
        failures.Add(check.Name);
    }
    catch (Exception error)
    {
        Console.WriteLine($"FAIL {check.Name}: unexpected {error}");
        failures.Add(check.Name);
    }
}

Console.WriteLine($"loaded: {LoadedDependencies.Describe()}");
if (failures.Count == 0)
{
    Console.WriteLine($"consumer check passed: {checks.Length} checks on .NET {Environment.Version}");
    return 0;
}

Console.WriteLine($"consumer check FAILED: {failures.Count} of {checks.Length} checks on .NET {Environment.Version}: {string.Join("; ", failures)}");
return 1;
