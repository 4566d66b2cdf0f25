using Masivo.Sdk.Testing;
using Masivo.Sdk.Tests.Support;

namespace Masivo.Sdk.Tests.FakeServer;

/// <summary>
/// The fake's catalogue is an account's, as Masivo's resource limits and tiers describe it: a Base tier from the start, at
/// most 10 tiers, 1,000 rewards and 1,000 campaigns, unique ids, and an id made up for what is seeded without one.
/// </summary>
public sealed class CatalogueLimitsTests : FakeServerTest
{
    [Fact]
    public async Task A_fresh_server_has_the_Base_tier_every_account_has()
    {
        var tier = Assert.Single(await Client.Tiers.ListAsync());

        Assert.Equal("base", tier.Id);
        Assert.Equal("Base", tier.Name);
        Assert.Equal(1, tier.Level);
        Assert.Equal(TierStatus.Active, tier.Status);
    }

    [Fact]
    public async Task Tiers_beyond_ten_the_Base_tier_included_are_refused()
    {
        for (var level = 2; level <= 10; level++)
        {
            Server.AddTier(new Tier { Id = $"t-{level}", Name = $"Tier {level}", Level = level });
        }

        var refused = Assert.Throws<InvalidOperationException>(() => Server.AddTier(new Tier { Id = "t-11", Name = "One too many", Level = 10 }));

        Assert.Contains("10 tiers", refused.Message, StringComparison.Ordinal);
        Assert.Equal(10, (await Client.Tiers.ListAsync()).Count);
    }

    [Fact]
    public async Task Rewards_beyond_a_thousand_are_refused_by_AddReward_and_by_the_api()
    {
        // The default earn rule's reward is in the catalogue already: 999 more make 1,000.
        for (var i = 0; i < 999; i++)
        {
            Server.AddReward(new Reward { Id = $"r-{i}", Name = "Reward", Type = RewardType.Discount });
        }

        var refused = Assert.Throws<InvalidOperationException>(() => Server.AddReward(new Reward { Id = "r-1000", Name = "One too many" }));
        var overApi = await Assert.ThrowsAsync<MasivoApiException>(() => Client.Rewards.CreateAsync(new CreateRewardRequest { Name = "Over", Type = RewardType.Points }));

        Assert.Contains("1000 rewards", refused.Message, StringComparison.Ordinal);
        Assert.Equal(422, overApi.StatusCode);
        Assert.Equal(1_000, (await Client.Rewards.ListAsync(new RewardListQuery { PageSize = 1_000 }).CollectAsync()).Count);
    }

    [Fact]
    public void Campaigns_beyond_a_thousand_are_refused()
    {
        for (var i = 0; i < 1_000; i++)
        {
            Server.AddCampaign(new Campaign { Name = $"c-{i}" });
        }

        Assert.Throws<InvalidOperationException>(() => Server.AddCampaign(new Campaign { Name = "One too many" }));
    }

    [Fact]
    public void A_duplicate_id_is_refused_naming_the_id()
    {
        Server.AddReward(new Reward { Id = "gift", Name = "Gift" });
        Server.AddTier(new Tier { Id = "gold", Name = "Gold", Level = 2 });
        Server.AddCampaign(new Campaign { Id = "summer", Name = "Summer" });

        var reward = Assert.Throws<ArgumentException>(() => Server.AddReward(new Reward { Id = "gift", Name = "Another gift" }));
        var tier = Assert.Throws<ArgumentException>(() => Server.AddTier(new Tier { Id = "gold", Name = "Gold again", Level = 3 }));
        var baseTier = Assert.Throws<ArgumentException>(() => Server.AddTier(new Tier { Id = "base", Name = "Base again", Level = 1 }));
        var campaign = Assert.Throws<ArgumentException>(() => Server.AddCampaign(new Campaign { Id = "summer", Name = "Summer again" }));

        Assert.Contains("reward with id 'gift'", reward.Message, StringComparison.Ordinal);
        Assert.Contains("tier with id 'gold'", tier.Message, StringComparison.Ordinal);
        Assert.Contains("tier with id 'base'", baseTier.Message, StringComparison.Ordinal);
        Assert.Contains("campaign with id 'summer'", campaign.Message, StringComparison.Ordinal);
        Assert.Equal(["reward", "tier", "tier", "campaign"], new[] { reward, tier, baseTier, campaign }.Select(e => e.ParamName));
    }

    [Fact]
    public async Task A_seeded_reward_may_describe_the_reward_of_the_earn_rule_once()
    {
        var id = Server.AddReward(new Reward { Id = FakeEarnRule.DefaultRewardId, Name = "Stars", Type = RewardType.Points });

        Assert.Equal(FakeEarnRule.DefaultRewardId, id);
        Assert.Equal("Stars", (await Client.Rewards.GetAsync(FakeEarnRule.DefaultRewardId)).Name);
        Assert.Throws<ArgumentException>(() => Server.AddReward(new Reward { Id = FakeEarnRule.DefaultRewardId, Name = "Stars again" }));
    }

    [Fact]
    public async Task Seeded_without_an_id_a_reward_tier_or_campaign_gets_one_made_up_and_returned()
    {
        var rewardId = Server.AddReward(new Reward { Name = "No id", Type = RewardType.Discount });
        var tierId = Server.AddTier(new Tier { Name = "No id", Level = 2 });
        var campaignId = Server.AddCampaign(new Campaign { Name = "No id" });

        Assert.Equal("No id", (await Client.Rewards.GetAsync(rewardId)).Name);
        Assert.Contains(await Client.Tiers.ListAsync(), tier => tier.Id == tierId);
        Assert.Equal("No id", (await Client.Campaigns.GetAsync(campaignId)).Name);
        Assert.Equal(3, new[] { rewardId, tierId, campaignId }.Distinct().Count());
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_id_is_refused_naming_the_Id_property(string id)
    {
        Assert.Contains("Reward.Id", Assert.Throws<ArgumentException>(() => Server.AddReward(new Reward { Id = id })).Message, StringComparison.Ordinal);
        Assert.Contains("Tier.Id", Assert.Throws<ArgumentException>(() => Server.AddTier(new Tier { Id = id })).Message, StringComparison.Ordinal);
        Assert.Contains("Campaign.Id", Assert.Throws<ArgumentException>(() => Server.AddCampaign(new Campaign { Id = id })).Message, StringComparison.Ordinal);
    }
}
