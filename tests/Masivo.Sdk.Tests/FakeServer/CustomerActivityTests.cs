using Masivo.Sdk.Testing;
using Masivo.Sdk.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Masivo.Sdk.Tests.FakeServer;

/// <summary>The fake serves what a customer owns beside its wallet, through the public SDK: transactions, gift cards, referral codes.</summary>
public sealed class CustomerActivityTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2025, 6, 15, 12, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Now);
    private MasivoFakeServer _server = null!;
    private MasivoClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await MasivoFakeServer.StartAsync(new MasivoFakeServerOptions { TimeProvider = _clock });
        _client = _server.CreateClient();
        await _client.Customers.CreateAsync(new CreateCustomerRequest { Id = "c-1", Name = "Ana", Email = "ana@example.com", RegistrationDate = Now.AddYears(-3) });
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Transactions_are_the_last_three_months_unless_a_year_is_asked()
    {
        _server
            .AddTransaction("c-1", Txn("recent", Now.AddDays(-10)))
            .AddTransaction("c-1", Txn("spring", Now.AddMonths(-2)))
            .AddTransaction("c-1", Txn("january", new DateTimeOffset(2025, 1, 10, 0, 0, 0, TimeSpan.Zero)))
            .AddTransaction("c-1", Txn("last-year", new DateTimeOffset(2024, 12, 31, 0, 0, 0, TimeSpan.Zero)));

        var recent = await _client.Customers.GetTransactionsAsync("c-1");
        var of2025 = await _client.Customers.GetTransactionsAsync("c-1", new CustomerTransactionsQuery { Year = 2025 });
        var of2024 = await _client.Customers.GetTransactionsAsync("c-1", new CustomerTransactionsQuery { Year = 2024 });

        Assert.Equal(["recent", "spring"], recent.Select(t => t.Details));
        Assert.Equal(["recent", "spring", "january"], of2025.Select(t => t.Details));
        Assert.Equal(["last-year"], of2024.Select(t => t.Details));
    }

    [Fact]
    public async Task Transactions_are_filtered_by_brand_reward_and_type()
    {
        _server
            .AddTransaction("c-1", Txn("earned", Now, brand: "b-1", reward: "points", type: TransactionType.Accumulation))
            .AddTransaction("c-1", Txn("spent", Now, brand: "b-1", reward: "points", type: TransactionType.Redemption, amount: -50m))
            .AddTransaction("c-1", Txn("other brand", Now, brand: "b-2", reward: "points", type: TransactionType.Accumulation))
            .AddTransaction("c-1", Txn("other reward", Now, brand: "b-1", reward: "stamps", type: TransactionType.Accumulation));

        var spent = await _client.Customers.GetTransactionsAsync("c-1", new CustomerTransactionsQuery { Type = TransactionType.Redemption });
        var brand = await _client.Customers.GetTransactionsAsync("c-1", new CustomerTransactionsQuery { BrandId = "b-1", RewardId = "points" });

        Assert.Equal(-50m, Assert.Single(spent).Amount);
        Assert.Equal(["earned", "spent"], brand.Select(t => t.Details));
    }

    [Fact]
    public async Task A_seeded_transaction_is_served_as_given_with_its_gaps_filled()
    {
        var given = new Transaction { Type = "GIFTED", Amount = 5m, Attributes = new TransactionAttributes { CampaignName = "Spring" } };
        _server.AddTransaction("c-1", given);
        given.Amount = 99m; // the server stored a copy

        var served = Assert.Single(await _client.Customers.GetTransactionsAsync("c-1"));

        Assert.False(string.IsNullOrEmpty(served.Id));
        Assert.Equal(Now, served.CreatedAt);
        Assert.Equal(Now, served.IssuedAt);
        Assert.Equal(5m, served.Amount);
        Assert.Equal("GIFTED", served.Type?.Value);
        Assert.Equal("Spring", served.Attributes!.CampaignName);
    }

    [Fact]
    public void Seeding_needs_a_stored_customer()
    {
        var transaction = Assert.Throws<ArgumentException>(() => _server.AddTransaction("nobody", new Transaction()));
        var cards = Assert.Throws<ArgumentException>(() => _server.SetGiftCards("nobody", []));

        Assert.Equal("customerId", transaction.ParamName);
        Assert.Equal("customerId", cards.ParamName);
        Assert.Throws<ArgumentNullException>(() => _server.SetGiftCards("c-1", [null!]));
    }

    [Fact]
    public async Task A_year_before_2020_is_refused_by_the_fake_too()
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", _server.AccessToken);

        var response = await http.GetAsync(new Uri(_server.BaseAddress, "customers/c-1/transactions?year=2019"));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Gift_cards_are_served_as_the_test_set_them()
    {
        Assert.Empty(await _client.Customers.GetGiftCardsAsync("c-1"));

        _server.SetGiftCards("c-1", [new GiftCard { Code = "GC-1", RewardId = "gift", RewardedAt = Now }, new GiftCard { Code = "GC-2", RedeemedAt = Now }]);
        var cards = await _client.Customers.GetGiftCardsAsync("c-1");

        Assert.Equal(["GC-1", "GC-2"], cards.Select(card => card.Code));
        Assert.All(cards, card => Assert.Equal("c-1", card.CustomerId));
        _server.SetGiftCards("c-1", []);
        Assert.Empty(await _client.Customers.GetGiftCardsAsync("c-1"));
    }

    [Fact]
    public async Task A_referral_code_is_the_same_on_every_request_for_a_campaign_and_counts_sign_ups()
    {
        var first = await _client.Customers.RequestReferralCodeAsync("c-1", new RequestReferralCodeRequest { CampaignId = "referral-1" });
        var again = await _client.Customers.RequestReferralCodeAsync("c-1", new RequestReferralCodeRequest { CampaignId = "referral-1" });
        var other = await _client.Customers.RequestReferralCodeAsync("c-1", new RequestReferralCodeRequest { CampaignId = "referral-2" });

        Assert.Matches("^[A-Z]{8}$", first.Code!);
        Assert.Equal(first.Code, again.Code);
        Assert.Equal(first.Id, again.Id);
        Assert.NotEqual(first.Code, other.Code);
        Assert.Equal("c-1", first.CustomerId);
        Assert.Equal("referral-1", first.CampaignId);
        Assert.Equal(0, first.UsesCount);

        await _client.Customers.CreateAsync(new CreateCustomerRequest { Id = "c-2", Name = "Eva", Email = "eva@example.com", RegistrationDate = Now, ReferralCode = first.Code });

        Assert.Equal(1, (await _client.Customers.RequestReferralCodeAsync("c-1", new RequestReferralCodeRequest { CampaignId = "referral-1" })).UsesCount);
        Assert.Null((await _client.Customers.GetAsync("c-2")).Customer!.AdditionalProperties);
    }

    private static Transaction Txn(string details, DateTimeOffset issuedAt, string? brand = null, string? reward = null, TransactionType? type = null, decimal amount = 10m) => new()
    {
        Details = details,
        IssuedAt = issuedAt,
        BrandId = brand,
        RewardId = reward,
        Type = type ?? TransactionType.Accumulation,
        Amount = amount,
    };
}
