// Native AOT smoke test: the six first operations, the catalogue (rewards, tiers, campaigns), account
// transactions, one-time codes, contacts created and updated, the history migrations, the events operations,
// the customer profile operations, and the API-key exchange (every public operation), against the embedded
// fake server, from a trimmed native executable. Exits 0 when every operation answered as expected.
using System.Text.Json.Nodes;
using Masivo.Sdk;
using Masivo.Sdk.Testing;

await using var masivo = await MasivoFakeServer.StartAsync();
masivo.AddCoupon(new FakeCoupon("AOT10") { Rewards = { new FakeCouponReward(10m, RewardType.Points) } });
using var client = masivo.CreateClient();

var contacts = await client.Contacts.MigrateAsync([new ContactMigrationRecord { ExternalId = "aot-1", Email = "aot@example.com", Dob = new DateOnly(1990, 5, 1) }]);
var found = await client.Contacts.SearchAsync(new ContactSearchQuery { Email = "aot@example.com" });
var created = await client.Customers.CreateAsync(new CreateCustomerRequest { Id = "aot-customer", Name = "Ana", Email = "aot@example.com", RegistrationDate = DateTimeOffset.UtcNow });
var customers = await client.Customers.MigrateAsync(
[
    // The balance its migrated transactions add up to, as Masivo requires.
    new CustomerMigrationRecord { Id = "aot-migrated", Name = "Luis", Email = "luis@example.com", RegistrationDate = DateTimeOffset.UtcNow, Balance = [new CustomerBalanceItem { RewardId = "points", Amount = 7m }] },
]);
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

// Events: a purchase sent, one held then fulfilled, reversed, a redemption previewed, expired events re-fulfilled.
masivo.SetEarnRule(new FakeEarnRule { PointsPerCurrencyUnit = 1m, PointValue = 0.10m });
await client.Customers.CreateAsync(new CreateCustomerRequest { Id = "aot-buyer", Name = "Ana", Email = "buyer@example.com", RegistrationDate = DateTimeOffset.UtcNow });
var sent = await client.Events.SendAsync(new SendEventRequest
{
    CustomerId = "aot-buyer", BrandId = "0001", Type = BehaviorEventType.Purchase,
    Order = new Order { PurchaseId = "AOT-E1", Value = 120m, DiscountedValue = 120m },
});
var balanceAfterSend = masivo.GetBalance("aot-buyer");
var held = await client.Events.SendAsync(new SendEventRequest
{
    CustomerId = "aot-buyer", BrandId = "0001", Type = BehaviorEventType.Purchase, Fulfilled = false,
    Order = new Order { PurchaseId = "AOT-E2", Value = 40m, DiscountedValue = 40m },
});
var fulfilled = await client.Events.FulfillAsync(held.Id!);
var balanceAfterFulfil = masivo.GetBalance("aot-buyer");
var reversed = await client.Events.ReverseAsync(held.Id!, "Order returned");
var balanceAfterReverse = masivo.GetBalance("aot-buyer");
var preview = await client.Events.PreviewRedemptionAsync(new PreviewRedemptionRequest
{
    CustomerId = "aot-buyer", BrandId = "0001",
    Order = new Order { Value = 20m, DiscountedValue = 20m, Redeem = [new OrderRedemption { Id = FakeEarnRule.DefaultRewardId, Amount = 4m }] },
});
var expired = await client.Events.FulfillExpiredAsync(DateTimeOffset.UtcNow.AddDays(-30), DateTimeOffset.UtcNow);

// The customer's profile: update, tags, consent, identification, devices, history, gift cards, referral code.
var updated = await client.Customers.UpdateAsync("aot-buyer", new UpdateCustomerRequest { Name = "Ana María", Gender = Gender.Female });
var tagged = await client.Customers.SetTagsAsync("aot-buyer", new JsonObject { ["segment"] = "vip", ["tier"] = "gold" });
var untagged = await client.Customers.RemoveTagsAsync("aot-buyer", ["segment"]);
var consentBefore = await client.Customers.GetConsentAsync("aot-buyer");
var consent = await client.Customers.UpdateConsentAsync("aot-buyer", new CustomerConsent { Version = "2.0", Purposes = new ConsentPurposes { EmailMarketing = false } });
await client.Customers.CreateAsync(new CreateCustomerRequest { Id = "aot-anonymous", IsAnonymous = true, RegistrationDate = DateTimeOffset.UtcNow });
var identified = await client.Customers.IdentifyAnonymousAsync("aot-anonymous", new IdentifyCustomerRequest { Name = "Eva", Email = "eva2@example.com", NewId = "aot-identified" });
var device = await client.Customers.RegisterDeviceAsync("aot-buyer", new RegisterDeviceRequest { DeviceToken = "aot-fcm", DeviceInfo = new CustomerDeviceInfo { Platform = DevicePlatform.Android, OsVersion = "34" } });
await client.Customers.RemoveDevicesAsync("aot-buyer");
var withoutDevices = await client.Customers.GetAsync("aot-buyer");
var buyerHistory = await client.Customers.GetTransactionsAsync("aot-buyer");
masivo.SetGiftCards("aot-buyer", [new GiftCard { Code = "AOT-GC", RewardId = "gift" }]);
var giftCards = await client.Customers.GetGiftCardsAsync("aot-buyer");
var referral = await client.Customers.RequestReferralCodeAsync("aot-buyer", new RequestReferralCodeRequest { CampaignId = "aot-referral" });
var referralAgain = await client.Customers.RequestReferralCodeAsync("aot-buyer", new RequestReferralCodeRequest { CampaignId = "aot-referral" });

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
    ("events.send", sent.Id is not null && sent.CustomerId == "aot-buyer" && balanceAfterSend == 120m),
    ("events.fulfill", fulfilled.Id == held.Id && fulfilled.Status == BehaviorEventStatus.Resolved && balanceAfterFulfil == 160m),
    ("events.reverse", reversed.Id == held.Id && reversed.ReversedAt is not null && balanceAfterReverse == 120m),
    ("events.preview_redemption", preview.CustomerId == "aot-buyer" && preview.Order?.RedemptionsResult?.Amount == 4m && masivo.GetBalance("aot-buyer") == 120m),
    ("events.fulfill_expired", expired.Message is { } queued && queued.Contains("queued for fulfillment", StringComparison.Ordinal)),
    ("customers.update", updated.Customer?.Name == "Ana María" && updated.Customer.Gender == Gender.Female),
    ("customers.set_tags", tagged.Customer?.Tags?["segment"]?.GetValue<string>() == "vip"),
    ("customers.remove_tags", untagged.Customer?.Tags is { } tags && !tags.ContainsKey("segment") && tags.ContainsKey("tier")),
    ("customers.get_consent", consentBefore.Purposes?.EmailMarketing == true),
    ("customers.update_consent", consent.Version == "2.0" && consent.Purposes?.EmailMarketing == false),
    ("customers.identify_anonymous", identified.Customer?.Id == "aot-identified" && identified.Customer.IsAnonymous == false),
    ("customers.register_device", device.Customer?.Devices?.SingleOrDefault()?.DeviceToken == "aot-fcm"),
    ("customers.remove_devices", withoutDevices.Customer?.Devices is { Count: 0 }),
    ("customers.get_transactions", buyerHistory.Sum(t => t.Amount) == 120m && buyerHistory.Any(t => t.Type == TransactionType.Reversal)),
    ("customers.get_gift_cards", giftCards.SingleOrDefault()?.Code == "AOT-GC"),
    ("customers.request_referral_code", referral.Code is { Length: > 0 } && referral.Code == referralAgain.Code && referral.CustomerId == "aot-buyer"),
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
