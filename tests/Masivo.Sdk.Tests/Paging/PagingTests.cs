using Masivo.Sdk.Testing;
using Masivo.Sdk.Tests.Support;

namespace Masivo.Sdk.Tests.Paging;

/// <summary>
/// The lists page themselves as they are enumerated, against the fake server: from/to ranges for rewards and campaigns, the
/// cursor of the account transactions, the last page found, cancellation between pages, and a page's 503 retried.
/// </summary>
public sealed class PagingTests : FakeServerTest
{
    private static readonly DateOnly Day = new(2024, 7, 31);

    [Fact]
    public async Task Rewards_page_by_from_to_ranges_until_a_short_page()
    {
        // The default earn rule's reward is in the catalogue already: 999 more make 1,000, Masivo's limit.
        for (var i = 0; i < 999; i++)
        {
            Server.AddReward(new Reward { Id = $"r-{i:D4}", Name = "Reward", Type = RewardType.Discount });
        }

        var rewards = await Client.Rewards.ListAsync(new RewardListQuery { PageSize = 400 }).CollectAsync();

        Assert.Equal(1_000, rewards.Count);
        Assert.Equal(1_000, rewards.Select(r => r.Id).Distinct().Count());
        var ranges = Server.RequestsTo(FakeRoute.ListRewards).Select(r => (r.Query["from"], r.Query["to"])).ToList();
        Assert.Equal([("0", "399"), ("400", "799"), ("800", "1199")], ranges);
    }

    [Fact]
    public async Task A_full_last_page_is_followed_by_an_empty_one_and_the_list_ends()
    {
        for (var i = 0; i < 3; i++)
        {
            Server.AddReward(new Reward { Id = $"r-{i}" });
        }

        var rewards = await Client.Rewards.ListAsync(new RewardListQuery { PageSize = 2 }).CollectAsync();

        Assert.Equal(4, rewards.Count); // three added and the default earn rule's
        Assert.Equal(3, Server.RequestsTo(FakeRoute.ListRewards).Count); // 0-1, 2-3, then 4-5 empty
    }

    [Fact]
    public async Task Campaigns_page_by_range_with_their_filters_on_every_page()
    {
        for (var i = 0; i < 5; i++)
        {
            Server.AddCampaign(new Campaign { Id = $"c-{i}", Type = CampaignType.Behavior, Status = CampaignStatus.Running });
        }

        Server.AddCampaign(new Campaign { Id = "done", Type = CampaignType.Behavior, Status = CampaignStatus.Finished });

        var campaigns = await Client.Campaigns.ListAsync(new CampaignListQuery { PageSize = 2, Status = CampaignStatus.NotFinished }).CollectAsync();

        Assert.Equal(["c-0", "c-1", "c-2", "c-3", "c-4"], campaigns.Select(c => c.Id));
        var requests = Server.RequestsTo(FakeRoute.ListCampaigns);
        Assert.Equal(["0", "2", "4"], requests.Select(r => r.Query["from"]));
        Assert.All(requests, r => Assert.Equal("NOT FINISHED", r.Query["status"]));
    }

    [Fact]
    public async Task Account_transactions_follow_the_cursor_until_a_page_is_short()
    {
        await CustomerAsync("a");
        await CustomerAsync("b");
        for (var i = 0; i < 2_100; i++)
        {
            Server.AddTransaction(i % 2 == 0 ? "a" : "b", new Transaction { Id = $"t-{i:D5}", Amount = 1, IssuedAt = new DateTimeOffset(2024, 7, 31, 10, 0, 0, TimeSpan.Zero) });
        }

        Server.AddTransaction("a", new Transaction { Id = "t-next-day", IssuedAt = new DateTimeOffset(2024, 8, 1, 0, 0, 0, TimeSpan.Zero) });

        var transactions = await Client.Transactions.ListAsync(new TransactionListQuery { Date = Day }).CollectAsync();

        Assert.Equal(2_100, transactions.Count);
        Assert.Equal(transactions.Select(t => t.Id).Order(StringComparer.Ordinal), transactions.Select(t => t.Id));
        var requests = Server.RequestsTo(FakeRoute.ListTransactions);
        Assert.Equal(3, requests.Count);
        Assert.False(requests[0].Query.ContainsKey("cursor"));
        Assert.Equal("t-00999", requests[1].Query["cursor"]);
        Assert.Equal("t-01999", requests[2].Query["cursor"]);
        Assert.All(requests, r => Assert.Equal("31-07-2024", r.Query["date"]));
    }

    [Fact]
    public async Task Cancelling_between_pages_sends_no_further_request()
    {
        for (var i = 0; i < 10; i++)
        {
            Server.AddReward(new Reward { Id = $"r-{i}" });
        }

        using var cancellation = new CancellationTokenSource();
        var read = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var reward in Client.Rewards.ListAsync(new RewardListQuery { PageSize = 3 }, cancellation.Token))
            {
                if (++read == 3)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.Equal(3, read);
        Assert.Single(Server.RequestsTo(FakeRoute.ListRewards));
    }

    [Fact]
    public async Task A_page_answered_503_is_retried_and_the_list_goes_on()
    {
        for (var i = 0; i < 4; i++)
        {
            Server.AddReward(new Reward { Id = $"r-{i}" });
        }

        var rewards = new List<Reward>();
        await foreach (var reward in Client.Rewards.ListAsync(new RewardListQuery { PageSize = 2 }))
        {
            rewards.Add(reward);
            if (rewards.Count == 2)
            {
                Server.FailNext(FakeRoute.ListRewards, FakeFault.Status(503));
            }
        }

        Assert.Equal(5, rewards.Count);
        var ranges = Server.RequestsTo(FakeRoute.ListRewards).Select(r => r.Query["from"]).ToList();
        Assert.Equal(["0", "2", "2", "4"], ranges); // the second page twice: its 503, then its retry
    }

    [Fact]
    public async Task Nothing_is_sent_until_the_list_is_enumerated()
    {
        var rewards = Client.Rewards.ListAsync();

        Assert.Empty(Server.RequestsTo(FakeRoute.ListRewards));
        Assert.NotEmpty(await rewards.CollectAsync());
        Assert.Single(Server.RequestsTo(FakeRoute.ListRewards));
    }

    private Task CustomerAsync(string id) =>
        Client.Customers.CreateAsync(new CreateCustomerRequest { Id = id, Name = id, Email = $"{id}@example.com", RegistrationDate = DateTimeOffset.UtcNow });
}
