// Native AOT smoke test: the six operations, and the API-key exchange, against the embedded fake
// server, from a trimmed native executable. Exits 0 when every operation answered as expected.
using Masivo.Sdk;
using Masivo.Sdk.Testing;

await using var masivo = await MasivoFakeServer.StartAsync();
masivo.AddCoupon(new FakeCoupon("AOT10") { Rewards = { new FakeCouponReward(10m, RewardType.Points) } });
using var client = masivo.CreateClient();

var contacts = await client.Contacts.MigrateAsync([new ContactMigrationRecord { ExternalId = "aot-1", Email = "aot@example.com", Dob = new DateOnly(1990, 5, 1) }]);
var found = await client.Contacts.SearchAsync(new ContactSearchQuery { Email = "aot@example.com" });
var created = await client.Customers.CreateAsync(new CreateCustomerRequest { Id = "aot-customer", Name = "Ana", Email = "aot@example.com", RegistrationDate = DateTimeOffset.UtcNow });
var customers = await client.Customers.MigrateAsync([new CustomerMigrationRecord { Id = "aot-migrated", Name = "Luis", Email = "luis@example.com", RegistrationDate = DateTimeOffset.UtcNow }]);
var redemption = await client.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = "aot-customer", Code = "AOT10" });
var read = await client.Customers.GetAsync("aot-customer");
var oddId = await client.Customers.CreateAsync(new CreateCustomerRequest { Id = "aot/ü %?#", Name = "Eva", Email = "eva@example.com", RegistrationDate = DateTimeOffset.UtcNow });
var readOddId = await client.Customers.GetAsync("aot/ü %?#");
var refused = false;
try
{
    await client.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = "aot-customer", Code = "AOT10" });
}
catch (MasivoApiException error) when (error.StatusCode == 400)
{
    refused = true;
}

var checks = new (string Name, bool Passed)[]
{
    ("contacts.migrate", contacts.SucceededRecords == 1),
    ("contacts.search", found.Count == 1 && found[0].Dob == new DateOnly(1990, 5, 1)),
    ("customers.create", created.Customer?.Id == "aot-customer"),
    ("customers.migrate", customers.SucceededRecords == 1),
    ("coupons.redeem", redemption.Wallet?.Totals?.Sum(t => t.Total) == 10m),
    ("customers.get", read.Customer?.Id == "aot-customer" && read.Wallet?.Totals?.Sum(t => t.Total) == 10m),
    ("customers.get with an id to escape", readOddId.Customer?.Id == oddId.Customer?.Id && readOddId.Customer?.Id == "aot/ü %?#"),
    ("typed error on a second redeem", refused),
};

foreach (var (name, passed) in checks)
{
    Console.WriteLine($"{(passed ? "ok  " : "FAIL")} {name}");
}

Console.WriteLine(checks.All(c => c.Passed) ? "AOT smoke test passed" : "AOT smoke test failed");
return checks.All(c => c.Passed) ? 0 : 1;
