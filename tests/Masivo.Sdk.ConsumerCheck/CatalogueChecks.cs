using System.Text.Json.Nodes;
using Masivo.Sdk.Testing;

namespace Masivo.Sdk.ConsumerCheck;

/// <summary>
/// The operations added after the first six: the catalogue (rewards, tiers, campaigns), account transactions,
/// one-time codes, contacts created and updated, and customers' history migrations, each answering as documented.
/// </summary>
internal static class CatalogueChecks
{
    private static readonly DateTimeOffset At = new(2024, 7, 31, 12, 0, 0, TimeSpan.Zero);

    public static async Task Rewards(MasivoFakeServer server)
    {
        using var client = Samples.Client(server);

        var created = await client.Rewards.CreateAsync(new CreateRewardRequest
        {
            BrandId = "0001", Name = "10% off", Type = RewardType.Discount,
            Conditions = [[new Condition { Type = "Order Value", Operator = "grater than", Value = 50 }]],
        });
        var read = await client.Rewards.GetAsync(created.Id!);
        var listed = await Samples.ToListAsync(client.Rewards.ListAsync(new RewardListQuery { Type = RewardType.Discount, PageSize = 1 }));
        var missing = await Verify.Throws<MasivoApiException>(() => client.Rewards.GetAsync("no-such-reward"));

        Verify.That(created.Id is { Length: > 0 } && created.Name == "10% off" && created.Type == RewardType.Discount, "the created reward comes back with an id, its name and type");
        Verify.That(read.Id == created.Id && read.Conditions?[0][0].Type == "Order Value", "the reward is read back by id with its conditions");
        Verify.That(listed.Count(r => r.Id == created.Id) == 1, $"the list (paged one by one) holds the reward once (got {listed.Count} rewards)");
        Verify.That(server.RequestsTo(FakeRoute.ListRewards).Count >= 2, "a page size of 1 asks for more than one page");
        Verify.That(missing.StatusCode == 404, $"an unknown reward is a 404 (got {missing.StatusCode})");
    }

    public static async Task Tiers(MasivoFakeServer server)
    {
        using var client = Samples.Client(server);
        server.AddTier(new Tier { Id = "gold", Name = "Gold", Level = 2 }); // the Base tier is there already, as on Masivo

        var tiers = await client.Tiers.ListAsync();

        Verify.That(tiers.Any(t => t.Id == "gold" && t.Level == 2) && tiers.Any(t => t.Id == "base" && t.Status == TierStatus.Active), $"the tiers come back with their levels and status (got {tiers.Count})");
    }

    public static async Task Campaigns(MasivoFakeServer server)
    {
        using var client = Samples.Client(server);

        var created = await client.Campaigns.CreateAsync(new CreateCampaignRequest
        {
            Name = "Summer", Type = CampaignType.Coupons,
            Rules = [new CampaignRule { Effects = [new CampaignEffect { RewardId = "points", Amount = 10 }] }],
            Attributes = new CampaignAttributes { CodesSummary = new CampaignCodesSummary { Used = 1, Total = 10, Left = 9 } },
            StartDate = DateTimeOffset.UtcNow.AddDays(1), EndDate = DateTimeOffset.UtcNow.AddDays(30),
        });
        var summarized = await client.Campaigns.GetAsync(created.Id!, new CampaignGetQuery { IncludeCodesSummary = true });
        var listed = await Samples.ToListAsync(client.Campaigns.ListAsync(new CampaignListQuery { Type = CampaignType.Coupons }));

        Verify.That(created.Id is { Length: > 0 } && created.Status == CampaignStatus.Scheduled, $"a campaign starting tomorrow is created SCHEDULED (got {created.Status})");
        Verify.That(server.RequestsTo(FakeRoute.CreateCampaign).Single().Query.GetValueOrDefault("type") == "COUPONS", "the campaign's type is sent as ?type=");
        Verify.That(summarized.Attributes?.CodesSummary?.Left == 9, "includes=CODES_SUMMARY reads the codes summary");
        Verify.That(listed.Count(c => c.Id == created.Id) == 1, $"the list holds the campaign once (got {listed.Count} campaigns)");
    }

    public static async Task AccountTransactions(MasivoFakeServer server)
    {
        using var client = Samples.Client(server);
        await client.Customers.CreateAsync(Samples.Customer("spender"));
        server.AddTransaction("spender", new Transaction { Id = "t-1", Type = TransactionType.Accumulation, Amount = 20m, IssuedAt = At })
              .AddTransaction("spender", new Transaction { Id = "t-2", Type = TransactionType.Redemption, Amount = -5m, IssuedAt = At })
              .AddTransaction("spender", new Transaction { Id = "t-3", Type = TransactionType.Accumulation, Amount = 1m, IssuedAt = At.AddDays(1) });

        var day = await Samples.ToListAsync(client.Transactions.ListAsync(new TransactionListQuery { Date = new DateOnly(2024, 7, 31) }));
        var redemptions = await Samples.ToListAsync(client.Transactions.ListAsync(new TransactionListQuery { Date = new DateOnly(2024, 7, 31), Type = TransactionType.Redemption }));

        Verify.That(day.Select(t => t.Id).SequenceEqual(["t-1", "t-2"]), $"the day's transactions, and only those (got {string.Join(", ", day.Select(t => t.Id))})");
        Verify.That(redemptions.Count == 1 && redemptions[0].Amount == -5m, "the type filter keeps the redemption");
        Verify.That(server.RequestsTo(FakeRoute.ListTransactions)[0].Query.GetValueOrDefault("date") == "31-07-2024", "the date is sent as DD-MM-YYYY");
    }

    public static async Task OneTimeCodes(MasivoFakeServer server)
    {
        using var client = Samples.Client(server);
        await client.Customers.CreateAsync(Samples.Customer("totp-1"));

        var code = await client.Totp.CreateAsync("totp-1", new JsonObject { ["store"] = "0001" });
        var verified = await client.Totp.VerifyAsync(code.Code!);
        var again = await Verify.Throws<MasivoApiException>(() => client.Totp.VerifyAsync(code.Code!));

        Verify.That(code.Code is { Length: > 0 } && code.ExpiredAt > DateTimeOffset.UtcNow, "a code is created with its expiry");
        Verify.That(verified.Customer?.Id == "totp-1" && verified.Metadata?["store"]?.GetValue<string>() == "0001", "verifying answers the customer and the metadata given");
        Verify.That(again.StatusCode is 400 or 404, $"a code verifies once (a second time: {again.StatusCode})");
    }

    public static async Task ContactsCreatedAndUpdated(MasivoFakeServer server)
    {
        using var client = Samples.Client(server);

        var created = await client.Contacts.CreateAsync(new CreateContactRequest { ExternalId = "crm-7", Email = "crm-7@example.com", FirstName = "Ana" });
        var updated = await client.Contacts.UpdateAsync(created.Id!, new UpdateContactRequest { FirstName = "Ana María" });
        var found = await client.Contacts.SearchAsync(new ContactSearchQuery { ExternalId = "crm-7" });

        Verify.That(created.Id is { Length: > 0 } && created.Email == "crm-7@example.com", "the created contact comes back with an id");
        Verify.That(updated.Id == created.Id && updated.FirstName == "Ana María", "the updated contact comes back changed");
        Verify.That(found.Count == 1 && found[0].FirstName == "Ana María", "a search finds the contact as updated");
    }

    public static async Task HistoryMigrations(MasivoFakeServer server)
    {
        using var client = Samples.Client(server);
        // Each with the balance its migrated transactions add up to, as Masivo requires.
        await client.Customers.MigrateAsync(Samples.Customers("history", 3).Select((customer, i) =>
        {
            customer.Balance = [new CustomerBalanceItem { RewardId = "points", Amount = 10m + i }];
            return customer;
        }));

        // 2 + 1 + 2 events, at most 1,000 in a request: one batch. The transactions come from a stream.
        var events = await client.Customers.MigrateEventsAsync(
            Enumerable.Range(0, 3).Select(i => new CustomerEventsMigrationRecord { Id = $"history-{i}", Events = [.. Enumerable.Range(0, i == 1 ? 1 : 2).Select(_ => Purchase())] }).ToList());
        var transactions = await client.Customers.MigrateTransactionsAsync(Samples.Streamed(
            Enumerable.Range(0, 3).Select(i => new CustomerTransactionsMigrationRecord
            {
                Id = $"history-{i}",
                Transactions = [new MigratedTransaction { RewardId = "points", Type = TransactionType.Accumulation, Amount = 10m + i, IssuedAt = At, ResolvedAt = At }],
            })));
        var history = await client.Customers.GetTransactionsAsync("history-2", new CustomerTransactionsQuery { Year = 2024 });
        var tooMany = await Verify.Throws<ArgumentException>(() => client.Customers.MigrateEventsAsync(
            [new CustomerEventsMigrationRecord { Id = "history-0", Events = [.. Enumerable.Range(0, 1_001).Select(_ => Purchase())] }]));

        Verify.Accounts(events, expectedTotal: 3);
        Verify.Accounts(transactions, expectedTotal: 3);
        Verify.That(events.IsSuccess && events.Batches.Count == 1, $"3 customers' 5 events in one request (got {events.Batches.Count} batches)");
        Verify.That(transactions.IsSuccess && transactions.SucceededRecords == 3, "3 customers' transactions migrated from a stream");
        Verify.That(history.Any(t => t.Amount == 12m), "a migrated transaction joins the customer's history");
        Verify.That(tooMany.Message.Contains("1,001 events", StringComparison.Ordinal), $"a customer with 1,001 events is refused, saying why: \"{tooMany.Message}\"");
        Verify.That(server.RequestsTo(FakeRoute.MigrateCustomerEvents).Count == 1, "the refused customer was not sent");
    }

    private static MigratedEvent Purchase() => new()
    {
        Type = BehaviorEventType.Purchase,
        Order = new Order { PurchaseId = "ORDER-1", Value = 10m },
        Fulfilled = true,
        IssuedAt = At,
        ResolvedAt = At,
    };
}
