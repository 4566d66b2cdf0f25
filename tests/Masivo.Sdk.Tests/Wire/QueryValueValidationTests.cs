using Masivo.Sdk.Tests.Support;

namespace Masivo.Sdk.Tests.Wire;

/// <summary>
/// Values that travel in a query string or name something in a body are held to the rule of ids in a path: a lone
/// surrogate (which would arrive as U+FFFD) or a control character is refused before sending, naming the field; a
/// filter set blank is refused (null leaves it out) instead of going out as <c>brand_id=</c>. The WireMock log stays empty.
/// </summary>
public sealed class QueryValueValidationTests : IDisposable
{
    private static readonly DateOnly Day = new(2024, 7, 31);
    private readonly WireMockMasivo _masivo = new();

    private MasivoClient Client => _masivo.Client;

    public enum Bad
    {
        Empty,
        Whitespace,
        LoneSurrogate,
        ControlCharacter,
        TooLong,
    }

    public static TheoryData<string, Bad> FiltersAndValues()
    {
        var data = new TheoryData<string, Bad>();
        foreach (var filter in Filters.Keys)
        {
            foreach (var bad in Enum.GetValues<Bad>())
            {
                data.Add(filter, bad);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FiltersAndValues))]
    public async Task A_filter_that_cannot_travel_as_written_is_refused_naming_it(string filter, Bad bad)
    {
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => Filters[filter](Client, Value(bad)));

        Assert.Contains(filter.Split(':')[1], refused.Message, StringComparison.Ordinal);
        Assert.Equal("query", refused.ParamName);
        Assert.Contains(
            bad switch
            {
                Bad.Empty or Bad.Whitespace => "pass null to leave the filter out",
                Bad.LoneSurrogate => "lone surrogate",
                Bad.ControlCharacter => "control character",
                _ => "at most",
            },
            refused.Message,
            StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
    }

    [Theory]
    [InlineData(Bad.Empty)]
    [InlineData(Bad.Whitespace)]
    [InlineData(Bad.LoneSurrogate)]
    [InlineData(Bad.ControlCharacter)]
    public async Task A_code_to_verify_or_a_customer_to_create_one_for_is_refused_naming_it(Bad bad)
    {
        var verify = await Assert.ThrowsAsync<ArgumentException>(() => Client.Totp.VerifyAsync(Value(bad)));
        var create = await Assert.ThrowsAsync<ArgumentException>(() => Client.Totp.CreateAsync(Value(bad)));

        Assert.Equal("code", verify.ParamName);
        Assert.StartsWith("code ", verify.Message, StringComparison.Ordinal);
        Assert.Equal("customerId", create.ParamName);
        Assert.Contains("customer_id (customerId)", create.Message, StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
    }

    [Theory]
    [InlineData(Bad.LoneSurrogate)]
    [InlineData(Bad.ControlCharacter)]
    public async Task Ids_in_event_coupon_and_preview_bodies_are_refused_naming_them(Bad bad)
    {
        var coupon = await Assert.ThrowsAsync<ArgumentException>(() => Client.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = Value(bad), Code = "CODE" }));
        var code = await Assert.ThrowsAsync<ArgumentException>(() => Client.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = "c-1", Code = Value(bad) }));

        Assert.Contains("customer_id (CustomerId)", coupon.Message, StringComparison.Ordinal);
        Assert.Contains("code (Code)", code.Message, StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public async Task Ordinary_filters_with_reserved_characters_and_emoji_are_still_sent()
    {
        var error = await Record.ExceptionAsync(() => Client.Transactions.ListAsync(new TransactionListQuery { Date = Day, BrandId = "a/b?c&d=e 🎉", FundedBy = "MARKETING" }).CollectAsync());

        Assert.IsNotType<ArgumentException>(error);
        var request = Assert.Single(_masivo.Requests);
        Assert.Contains("funded_by=MARKETING", request.RequestMessage!.Url, StringComparison.Ordinal);
    }

    public void Dispose() => _masivo.Dispose();

    private static readonly Dictionary<string, Func<MasivoClient, string, Task>> Filters = new()
    {
        ["transactions:brand_id (BrandId)"] = (c, v) => Drain(c.Transactions.ListAsync(new TransactionListQuery { Date = Day, BrandId = v })),
        ["transactions:reward_id (RewardId)"] = (c, v) => Drain(c.Transactions.ListAsync(new TransactionListQuery { Date = Day, RewardId = v })),
        ["transactions:campaign_id (CampaignId)"] = (c, v) => Drain(c.Transactions.ListAsync(new TransactionListQuery { Date = Day, CampaignId = v })),
        ["transactions:event_id (EventId)"] = (c, v) => Drain(c.Transactions.ListAsync(new TransactionListQuery { Date = Day, EventId = v })),
        ["transactions:funded_by (FundedBy)"] = (c, v) => Drain(c.Transactions.ListAsync(new TransactionListQuery { Date = Day, FundedBy = v })),
        ["campaigns:brand_id (BrandId)"] = (c, v) => Drain(c.Campaigns.ListAsync(new CampaignListQuery { BrandId = v })),
        ["campaigns:customer_id (CustomerId)"] = (c, v) => Drain(c.Campaigns.ListAsync(new CampaignListQuery { CustomerId = v })),
        ["campaigns:funded_by (FundedBy)"] = (c, v) => Drain(c.Campaigns.ListAsync(new CampaignListQuery { FundedBy = v })),
        ["campaign:customer_id (CustomerId)"] = (c, v) => c.Campaigns.GetAsync("camp-1", new CampaignGetQuery { CustomerId = v }),
        ["rewards:brand_id (BrandId)"] = (c, v) => Drain(c.Rewards.ListAsync(new RewardListQuery { BrandId = v })),
        ["customer transactions:brand_id (BrandId)"] = (c, v) => c.Customers.GetTransactionsAsync("c-1", new CustomerTransactionsQuery { BrandId = v }),
        ["customer transactions:reward_id (RewardId)"] = (c, v) => c.Customers.GetTransactionsAsync("c-1", new CustomerTransactionsQuery { RewardId = v }),
        ["contacts:phone (Phone)"] = (c, v) => c.Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com", Phone = v }),
    };

    private static async Task Drain<T>(IAsyncEnumerable<T> items) => await items.CollectAsync();

    private static string Value(Bad bad) => bad switch
    {
        Bad.Empty => string.Empty,
        Bad.Whitespace => " ",
        Bad.LoneSurrogate => "ab\ud800",
        Bad.ControlCharacter => "a\u0001b",
        _ => new string('x', 1_025),
    };
}
