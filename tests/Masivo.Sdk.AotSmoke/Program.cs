// Native AOT smoke test: the six first operations, the catalogue (rewards, tiers, campaigns), account
// transactions, one-time codes, contacts created and updated, the history migrations, and the API-key
// exchange, against the embedded fake server, from a trimmed native executable. Exits 0 when every
// operation answered as expected.
using System.Text.Json.Nodes;
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
var day = new DateOnly(2024, 7, 31);
var at = new DateTimeOffset(2024, 7, 31, 12, 0, 0, TimeSpan.Zero);
masivo.AddTier(new Tier { Id = "aot-gold", Name = "Gold", Level = 2 });
masivo.AddTransaction("aot-customer", new Transaction { Id = "aot-transaction", Type = TransactionType.Accumulation, Amount = 5m, IssuedAt = at });

var reward = await client.Rewards.CreateAsync(new CreateRewardRequest
{
    Name = "AOT 10% off", Type = RewardType.Discount,
    Conditions = [[new Condition { Type = "Order Value", Operator = "grater than", Value = 50 }]],
});
var rewardRead = await client.Rewards.GetAsync(reward.Id!);
var rewards = await ToListAsync(client.Rewards.ListAsync(new RewardListQuery { Type = RewardType.Discount }));
var tiers = await client.Tiers.ListAsync();
var campaign = await client.Campaigns.CreateAsync(new CreateCampaignRequest
{
    Name = "AOT summer", Type = CampaignType.Coupons,
    Rules = [new CampaignRule { Effects = [new CampaignEffect { RewardId = "points", Amount = 10 }] }],
    StartDate = DateTimeOffset.UtcNow.AddDays(1), EndDate = DateTimeOffset.UtcNow.AddDays(30),
});
var campaignRead = await client.Campaigns.GetAsync(campaign.Id!, new CampaignGetQuery { IncludeCodesSummary = true });
var campaigns = await ToListAsync(client.Campaigns.ListAsync(new CampaignListQuery { Type = CampaignType.Coupons }));
var transactions = await ToListAsync(client.Transactions.ListAsync(new TransactionListQuery { Date = day }));
var totp = await client.Totp.CreateAsync("aot-customer", new JsonObject { ["store"] = "aot" });
var verified = await client.Totp.VerifyAsync(totp.Code!);
var contact = await client.Contacts.CreateAsync(new CreateContactRequest { ExternalId = "aot-2", Email = "aot2@example.com", FirstName = "Ana" });
var contactUpdated = await client.Contacts.UpdateAsync(contact.Id!, new UpdateContactRequest { FirstName = "Ana María" });
var eventsMigrated = await client.Customers.MigrateEventsAsync(
[
    new CustomerEventsMigrationRecord
    {
        Id = "aot-migrated",
        Events = [new MigratedEvent { Type = BehaviorEventType.Purchase, Order = new Order { PurchaseId = "AOT-1", Value = 20m }, Fulfilled = true, IssuedAt = at, ResolvedAt = at }],
    },
]);
var transactionsMigrated = await client.Customers.MigrateTransactionsAsync(
[
    new CustomerTransactionsMigrationRecord
    {
        Id = "aot-migrated",
        Transactions = [new MigratedTransaction { RewardId = "points", Type = TransactionType.Accumulation, Amount = 7m, IssuedAt = at, ResolvedAt = at }],
    },
]);
var migratedHistory = await client.Customers.GetTransactionsAsync("aot-migrated", new CustomerTransactionsQuery { Year = 2024 });

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
    ("rewards.create", reward.Id is not null && reward.Name == "AOT 10% off" && reward.Type == RewardType.Discount),
    ("rewards.get", rewardRead.Id == reward.Id && rewardRead.Conditions?[0][0].Type == "Order Value"),
    ("rewards.list", rewards.Any(r => r.Id == reward.Id)),
    ("tiers.list", tiers.Any(t => t.Id == "aot-gold" && t.Level == 2)),
    ("campaigns.create", campaign.Id is not null && campaign.Status == CampaignStatus.Scheduled),
    ("campaigns.get", campaignRead.Id == campaign.Id && campaignRead.Name == "AOT summer"),
    ("campaigns.list", campaigns.Any(c => c.Id == campaign.Id)),
    ("transactions.list", transactions.Any(t => t.Id == "aot-transaction" && t.Amount == 5m)),
    ("totp.create", totp.Code is { Length: > 0 } && totp.ExpiredAt is not null),
    ("totp.verify", verified.Customer?.Id == "aot-customer" && verified.Metadata?["store"]?.GetValue<string>() == "aot"),
    ("contacts.create", contact.Id is not null && contact.ExternalId == "aot-2"),
    ("contacts.update", contactUpdated.Id == contact.Id && contactUpdated.FirstName == "Ana María"),
    ("customers.migrate_events", eventsMigrated.SucceededRecords == 1 && eventsMigrated.IsSuccess),
    ("customers.migrate_transactions", transactionsMigrated.SucceededRecords == 1 && migratedHistory.Any(t => t.Amount == 7m)),
};

foreach (var (name, passed) in checks)
{
    Console.WriteLine($"{(passed ? "ok  " : "FAIL")} {name}");
}

Console.WriteLine(checks.All(c => c.Passed) ? "AOT smoke test passed" : "AOT smoke test failed");
return checks.All(c => c.Passed) ? 0 : 1;

static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
{
    var list = new List<T>();
    await foreach (var item in items)
    {
        list.Add(item);
    }

    return list;
}
