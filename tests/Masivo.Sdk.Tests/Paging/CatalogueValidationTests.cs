using Masivo.Sdk.Tests.Support;

namespace Masivo.Sdk.Tests.Paging;

/// <summary>What the catalogue, transactions and TOTP calls refuse before sending: the WireMock log stays empty.</summary>
public sealed class CatalogueValidationTests : IDisposable
{
    private readonly WireMockMasivo _masivo = new();

    private MasivoClient Client => _masivo.Client;

    public static TheoryData<int> BadPageSizes() => [0, -1, 1_001];

    [Theory]
    [MemberData(nameof(BadPageSizes))]
    public void A_page_size_outside_1_to_1000_is_refused_when_the_list_is_asked_for(int pageSize)
    {
        var rewards = Assert.Throws<ArgumentOutOfRangeException>(() => Client.Rewards.ListAsync(new RewardListQuery { PageSize = pageSize }));
        var campaigns = Assert.Throws<ArgumentOutOfRangeException>(() => Client.Campaigns.ListAsync(new CampaignListQuery { PageSize = pageSize }));

        Assert.Equal("query", rewards.ParamName);
        Assert.Equal("query", campaigns.ParamName);
        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public void A_label_with_a_comma_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Client.Campaigns.ListAsync(new CampaignListQuery { Labels = ["a,b"] }));
        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public void Account_transactions_need_a_query_with_a_date()
    {
        Assert.Throws<ArgumentNullException>(() => Client.Transactions.ListAsync(null!));
        Assert.Throws<ArgumentException>(() => Client.Transactions.ListAsync(new TransactionListQuery { Date = default }));
        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public async Task A_reward_needs_a_name_and_a_type()
    {
        var noName = await Assert.ThrowsAsync<ArgumentException>(() => Client.Rewards.CreateAsync(new CreateRewardRequest { Type = RewardType.Points }));
        var noType = await Assert.ThrowsAsync<ArgumentException>(() => Client.Rewards.CreateAsync(new CreateRewardRequest { Name = "Points" }));
        var nullCondition = await Assert.ThrowsAsync<ArgumentException>(() => Client.Rewards.CreateAsync(
            new CreateRewardRequest { Name = "Points", Type = RewardType.Points, Conditions = [[null!]] }));

        Assert.Contains("name", noName.Message, StringComparison.Ordinal);
        Assert.Contains("type", noType.Message, StringComparison.Ordinal);
        Assert.Contains("conditions[0][0]", nullCondition.Message, StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
    }

    public static TheoryData<string, int, int?> BadDates() => new()
    {
        { "start_date", -1, null },     // yesterday
        { "start_date", 366, null },    // more than a year ahead
        { "end_date", 10, 5 },          // end before start
        { "end_date", 1, 400 },         // end a year or more after start
    };

    [Theory]
    [MemberData(nameof(BadDates))]
    public async Task A_campaign_whose_dates_Masivo_refuses_is_not_sent(string field, int startInDays, int? endInDays)
    {
        var now = DateTimeOffset.UtcNow;
        var campaign = Campaign(now.AddDays(startInDays), endInDays is { } end ? now.AddDays(end) : null);

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => Client.Campaigns.CreateAsync(campaign));

        Assert.Equal("campaign", refused.ParamName);
        Assert.Contains(field, refused.Message, StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public async Task A_campaign_needs_a_type_and_a_rule()
    {
        var noType = Campaign(null, null);
        noType.Type = null;
        var noRule = Campaign(null, null);
        noRule.Rules = [];

        await Assert.ThrowsAsync<ArgumentException>(() => Client.Campaigns.CreateAsync(noType));
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => Client.Campaigns.CreateAsync(noRule));

        Assert.Contains("rules", refused.Message, StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public async Task Ids_and_codes_that_cannot_travel_are_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Client.Rewards.GetAsync(".."));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Client.Campaigns.GetAsync(null!));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.Totp.CreateAsync(" "));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.Totp.VerifyAsync(""));
        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public async Task A_start_date_at_the_end_of_time_is_refused_naming_start_date()
    {
        var campaign = Campaign(DateTimeOffset.MaxValue, DateTimeOffset.MaxValue);

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => Client.Campaigns.CreateAsync(campaign));

        Assert.Equal("campaign", refused.ParamName);
        Assert.StartsWith("start_date (StartDate)", refused.Message, StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public async Task A_default_start_date_is_reported_as_in_the_past()
    {
        var campaign = Campaign(default(DateTimeOffset), DateTimeOffset.UtcNow);

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => Client.Campaigns.CreateAsync(campaign));

        Assert.StartsWith("start_date (StartDate)", refused.Message, StringComparison.Ordinal);
        Assert.Contains("in the past", refused.Message, StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public async Task An_end_date_in_the_past_without_a_start_date_is_refused()
    {
        var campaign = Campaign(null, DateTimeOffset.UtcNow.AddYears(-3));

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => Client.Campaigns.CreateAsync(campaign));

        Assert.StartsWith("end_date (EndDate)", refused.Message, StringComparison.Ordinal);
        Assert.Contains("in the past", refused.Message, StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
    }

    public static TheoryData<int?, int?> AcceptedDates() => new()
    {
        { null, 30 },      // no start, an end ahead
        { null, 800 },     // no start: the year rule has no start to count from
        { 1, 300 },        // start tomorrow, end within the year
        { 0, 0 },          // end = start, now
    };

    [Theory]
    [MemberData(nameof(AcceptedDates))]
    public async Task Dates_Masivo_accepts_are_sent(int? startInDays, int? endInDays)
    {
        var now = DateTimeOffset.UtcNow;
        var start = startInDays is { } s ? now.AddDays(s) : (DateTimeOffset?)null;
        var campaign = Campaign(start, endInDays is { } e ? (start ?? now).AddDays(e) : null);

        var error = await Record.ExceptionAsync(() => Client.Campaigns.CreateAsync(campaign));

        Assert.IsNotType<ArgumentException>(error);
        Assert.Single(_masivo.Requests);
    }

    public void Dispose() => _masivo.Dispose();

    private static CreateCampaignRequest Campaign(DateTimeOffset? start, DateTimeOffset? end) => new()
    {
        Name = "Summer",
        Type = CampaignType.Behavior,
        Rules = [new CampaignRule { Effects = [new CampaignEffect { RewardId = "points", Amount = 1 }] }],
        StartDate = start,
        EndDate = end,
    };
}
