// The Masivo.Sdk quickstart: eleven Storefront operations, one after the other, ending with a checkout
// through the loyalty loop (CheckoutWalkthrough.cs): preview, purchase, fulfil, return, history.
// With nothing configured it runs against an embedded fake Masivo; with MASIVO_API_KEY (and
// MASIVO_ACCOUNT_ID) in the environment it runs against the real API: use a DEV account, as it
// writes demo contacts and customers whose ids start with "quickstart-" (the checkout runs on the fake only).
// With `--telemetry`, the SDK's traces and metrics are printed by OpenTelemetry's console exporter.
using System.Text.Json;
using Masivo.Samples.Quickstart;
using Masivo.Sdk;
using Masivo.Sdk.Testing;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

QuickstartSettings settings;
MasivoClient? realApiClient;
try
{
    settings = QuickstartSettings.FromEnvironment();
    realApiClient = settings.RealApi is null ? null : new MasivoClient(settings.RealApi);
}
catch (Exception error) when (error is ArgumentException or UriFormatException)
{
    Console.Error.WriteLine($"Quickstart configuration is invalid: {error.Message}");
    return 2;
}

var printTelemetry = args.Contains("--telemetry");
using var tracing = printTelemetry ? Sdk.CreateTracerProviderBuilder().AddSource("Masivo.Sdk").AddConsoleExporter().Build() : null;
using var metrics = printTelemetry ? Sdk.CreateMeterProviderBuilder().AddMeter("Masivo.Sdk").AddConsoleExporter().Build() : null;
await using var fake = settings.RealApi is null ? await MasivoFakeServer.StartAsync() : null;
var couponCode = settings.CouponCode ?? "WELCOME10";
fake?.AddCoupon(new FakeCoupon(couponCode) { Rewards = { new FakeCouponReward(100m, RewardType.Points) { RewardId = "points", Name = "Points" } } });

using var client = realApiClient ?? fake!.CreateClient();
Console.WriteLine(fake is null
    ? $"Masivo.Sdk quickstart against {settings.RealApi!.BaseAddress}"
    : $"Masivo.Sdk quickstart against the embedded fake Masivo at {fake.BaseAddress}");

var printOptions = new JsonSerializerOptions
{
    DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
};
var runId = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
const int AllOperations = 6 + CheckoutWalkthrough.Operations;
var skipped = 0;
var customerId = $"quickstart-{runId}";
var email = $"quickstart-{runId}@example.com";

try
{
    Step("1. Migrate contacts (POST contacts/migrate)");
    var contacts = new[]
    {
        new ContactMigrationRecord { ExternalId = customerId, Email = email, FirstName = "Ana", LastName = "García", Dob = new DateOnly(1990, 5, 17), Gender = Gender.Female, Country = "MX" },
        new ContactMigrationRecord { ExternalId = $"quickstart-{runId}-2", Email = $"bob-{runId}@example.com", FirstName = "Bob", Country = "PE" },
    };
    Show("sent", contacts);
    var contactMigration = await client.Contacts.MigrateAsync(contacts, new MigrationOptions { TimeZone = "America/Mexico_City" });
    Console.WriteLine($"   came back: {contactMigration.SucceededRecords} of {contactMigration.TotalRecords} contacts acknowledged: \"{contactMigration.Batches[0].Message}\"");

    Step("2. Search contacts by email (GET contacts)");
    var found = await client.Contacts.SearchAsync(new ContactSearchQuery { Email = email });
    Console.WriteLine($"   sent: email={email}");
    Console.WriteLine(found.Count == 0
        ? "   came back: no contact yet (real migrations are asynchronous: records appear seconds to minutes later)"
        : $"   came back: {found.Count} contact(s): {found[0].FirstName} {found[0].LastName}, id {found[0].Id}, persona {found[0].PersonaId}");

    Step("3. Create a customer (POST customers)");
    var newCustomer = new CreateCustomerRequest { Id = customerId, Name = "Ana García", Email = email, RegistrationDate = DateTimeOffset.UtcNow, Gender = Gender.Female };
    Show("sent", newCustomer);
    var created = await client.Customers.CreateAsync(newCustomer);
    Console.WriteLine($"   came back: customer {created.Customer?.Id} ({created.Customer?.Status}) with wallet {created.Wallet?.Id}, {created.Wallet?.Lines?.Count ?? 0} lines");

    Step("4. Migrate 2,500 customers with starting balances (POST customers/migrate, batches of 1,000)");
    var customers = Enumerable.Range(1, 2_500).Select(i => new CustomerMigrationRecord
    {
        Id = $"quickstart-{runId}-m{i}",
        Name = $"Migrated Customer {i}",
        Email = $"migrated-{runId}-{i}@example.com",
        RegistrationDate = DateTimeOffset.UtcNow.AddYears(-2),
        Balance = [new CustomerBalanceItem { RewardId = "points", Amount = i % 500 }],
    });
    var customerMigration = await client.Customers.MigrateAsync(customers, new MigrationOptions { Progress = new BatchProgressPrinter(Console.Out) });
    Console.WriteLine($"   came back: {customerMigration.SucceededRecords:N0} customers in {customerMigration.Batches.Count} batches ({string.Join(" / ", customerMigration.Batches.Select(b => b.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)))})");

    Step($"5. Redeem coupon {couponCode} (POST coupons/redeem)");
    if (fake is null && settings.CouponCode is null)
    {
        Console.WriteLine("   skipped: set MASIVO_COUPON_CODE to a coupon code of your account to redeem it.");
        skipped += 2; // the redemption and the read of the wallet after it
    }
    else
    {
        var redeem = new RedeemCouponRequest { CustomerId = customerId, Code = couponCode, Platform = "web", StoreId = "store-1" };
        Show("sent", redeem);
        var redemption = await client.Coupons.RedeemAsync(redeem);
        Console.WriteLine($"   came back: granted {string.Join(", ", redemption.Accumulations?.Select(a => $"{a.Amount} of {a.RewardId}") ?? [])}; wallet totals {string.Join(", ", redemption.Wallet?.Totals?.Select(t => $"{t.Total} {t.Reward?.Name ?? t.RewardId}") ?? [])}");

        Step($"6. Read the customer and its wallet (GET customers/{{id}})");
        var current = await client.Customers.GetAsync(customerId);
        Console.WriteLine($"   came back: {current.Customer?.Name}, wallet totals {string.Join(", ", current.Wallet?.Totals?.Select(t => $"{t.Total} {t.Reward?.Name ?? t.RewardId}") ?? [])}");

        Step("7. Redeem it again: a typed error with Masivo's message");
        try
        {
            await client.Coupons.RedeemAsync(redeem);
        }
        catch (MasivoApiException error)
        {
            Console.WriteLine($"   came back: {error.StatusCode} error=\"{error.Error}\" details=\"{error.Details}\"");
        }
    }

    if (fake is null)
    {
        Step("8-12. A checkout through the loyalty loop");
        Console.WriteLine("   skipped: it runs on the embedded fake (Masivo processes events in the background and earns by your account's campaigns).");
        skipped += CheckoutWalkthrough.Operations;
    }
    else
    {
        await CheckoutWalkthrough.RunAsync(client, customerId, $"ORDER-{runId}", Console.Out);
    }

    if (fake is not null)
    {
        Step("What the fake server received");
        foreach (var group in fake.Requests.GroupBy(r => r.ToString()))
        {
            Console.WriteLine($"   {group.Count(),3} x {group.Key}");
        }
    }

    Console.WriteLine();
    Console.WriteLine(skipped == 0
        ? "Quickstart completed: all eleven operations ran."
        : $"Quickstart completed: {AllOperations - skipped} of {AllOperations} operations ran; the others were skipped (see above).");
    return 0;
}
catch (MasivoException error)
{
    Console.Error.WriteLine($"Quickstart failed: {error.GetType().Name}: {error.Message}");
    return 1;
}

static void Step(string title)
{
    Console.WriteLine();
    Console.WriteLine(title);
}

void Show<T>(string label, T value)
{
    var json = JsonSerializer.Serialize(value, printOptions);
    Console.WriteLine($"   {label}: {(json.Length > 300 ? json[..300] + "…" : json)}");
}
