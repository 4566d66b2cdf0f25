using Masivo.Sdk.Testing;
using Masivo.Sdk.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Masivo.Sdk.Tests.FakeServer;

/// <summary>The fake serves the catalogue, the account transactions and one-time codes from its state, through the public SDK.</summary>
public sealed class CatalogueTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2025, 6, 15, 12, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Now);
    private MasivoFakeServer _server = null!;
    private MasivoClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await MasivoFakeServer.StartAsync(new MasivoFakeServerOptions { TimeProvider = _clock, TotpCodeLifetime = TimeSpan.FromMinutes(2) });
        _client = _server.CreateClient();
        await _client.Customers.CreateAsync(new CreateCustomerRequest { Id = "c-1", Name = "Ana", Email = "ana@example.com", RegistrationDate = Now.AddYears(-1) });
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_created_reward_is_read_back_and_listed_with_its_filters()
    {
        var created = await _client.Rewards.CreateAsync(new CreateRewardRequest { BrandId = "b1", Name = "10% off", Type = RewardType.Discount, Conditions = [[new Condition { Type = "Order Value", Operator = "grater than", Value = 50 }]] });

        var read = await _client.Rewards.GetAsync(created.Id!);
        var discounts = await _client.Rewards.ListAsync(new RewardListQuery { Type = RewardType.Discount }).CollectAsync();

        Assert.Equal("10% off", read.Name);
        Assert.Equal("Order Value", read.Conditions![0][0].Type);
        Assert.Equal([created.Id], discounts.Select(r => r.Id));
    }

    [Fact]
    public async Task Unknown_ids_are_404_in_Masivo_shape()
    {
        var reward = await Assert.ThrowsAsync<MasivoApiException>(() => _client.Rewards.GetAsync("nope"));
        var campaign = await Assert.ThrowsAsync<MasivoApiException>(() => _client.Campaigns.GetAsync("nope"));

        Assert.Equal(404, reward.StatusCode);
        Assert.Equal(404, campaign.StatusCode);
        Assert.Equal("Not Found", campaign.Error);
        Assert.Contains("nope", campaign.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tiers_are_listed_by_level_after_the_Base_tier_every_account_has()
    {
        _server.AddTier(new Tier { Id = "gold", Name = "Gold", Level = 3 });
        _server.AddTier(new Tier { Id = "silver", Name = "Silver", Level = 2 });

        var tiers = await _client.Tiers.ListAsync();

        Assert.Equal(["base", "silver", "gold"], tiers.Select(t => t.Id));
        Assert.Equal("Base", tiers[0].Name);
        Assert.Equal(TierStatus.Active, tiers[0].Status);
    }

    [Fact]
    public async Task A_campaign_is_created_and_its_codes_summary_served_only_when_asked()
    {
        var created = await _client.Campaigns.CreateAsync(new CreateCampaignRequest
        {
            Name = "Summer",
            Type = CampaignType.Coupons,
            Rules = [new CampaignRule { Effects = [new CampaignEffect { RewardId = "points", Amount = 10 }] }],
            Attributes = new CampaignAttributes { CodesSummary = new CampaignCodesSummary { Used = 1, Total = 10, Left = 9 } },
            StartDate = Now.AddDays(1),
            EndDate = Now.AddDays(30),
        });

        var plain = await _client.Campaigns.GetAsync(created.Id!);
        var summarized = await _client.Campaigns.GetAsync(created.Id!, new CampaignGetQuery { IncludeCodesSummary = true });

        Assert.Equal(CampaignStatus.Scheduled, created.Status);
        Assert.Equal("COUPONS", _server.RequestsTo(FakeRoute.CreateCampaign).Single().Query["type"]);
        Assert.Null(plain.Attributes?.CodesSummary);
        Assert.Equal(9, summarized.Attributes!.CodesSummary!.Left);
    }

    [Fact]
    public async Task Account_transactions_are_every_customers_of_the_day_filtered()
    {
        await _client.Customers.CreateAsync(new CreateCustomerRequest { Id = "c-2", Name = "Bo", Email = "bo@example.com", RegistrationDate = Now });
        _server
            .AddTransaction("c-1", new Transaction { Id = "1", Type = TransactionType.Accumulation, IssuedAt = Now })
            .AddTransaction("c-2", new Transaction { Id = "2", Type = TransactionType.Redemption, IssuedAt = Now })
            .AddTransaction("c-2", new Transaction { Id = "3", Type = TransactionType.Accumulation, IssuedAt = Now.AddDays(-1) });

        var all = await _client.Transactions.ListAsync(new TransactionListQuery { Date = DateOnly.FromDateTime(Now.UtcDateTime) }).CollectAsync();
        var earned = await _client.Transactions.ListAsync(new TransactionListQuery { Date = DateOnly.FromDateTime(Now.UtcDateTime), Type = TransactionType.Accumulation }).CollectAsync();

        Assert.Equal(["1", "2"], all.Select(t => t.Id));
        Assert.Equal(["1"], earned.Select(t => t.Id));
    }

    [Fact]
    public async Task A_code_verifies_once_with_its_customer_and_metadata()
    {
        var code = await _client.Totp.CreateAsync("c-1", new() { ["till"] = 4 });

        var verified = await _client.Totp.VerifyAsync(code.Code!);
        var again = await Assert.ThrowsAsync<MasivoApiException>(() => _client.Totp.VerifyAsync(code.Code!));

        Assert.Equal(Now.AddMinutes(2), code.ExpiredAt);
        Assert.Equal("c-1", verified.Customer!.Id);
        Assert.Equal(4, (int)verified.Metadata!["till"]!);
        Assert.Equal(404, again.StatusCode);
    }

    [Fact]
    public async Task A_code_expires_on_the_servers_clock()
    {
        var code = await _client.Totp.CreateAsync("c-1");
        _clock.Advance(TimeSpan.FromMinutes(2));

        var expired = await Assert.ThrowsAsync<MasivoApiException>(() => _client.Totp.VerifyAsync(code.Code!));

        Assert.Equal(404, expired.StatusCode);
    }

    [Fact]
    public async Task A_code_for_an_unknown_customer_is_refused()
    {
        var refused = await Assert.ThrowsAsync<MasivoApiException>(() => _client.Totp.CreateAsync("nobody"));

        Assert.Equal(404, refused.StatusCode);
    }
}
