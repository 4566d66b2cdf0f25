using System.Text.Json;

namespace Masivo.Sdk.Testing.Internal;

/// <summary>
/// The account's catalogue: rewards (the same registry wallets and previews name theirs from, so earn rules' and coupons'
/// rewards are listed too), tiers and campaigns, each in the order added, served as copies.
/// </summary>
internal sealed partial class FakeState
{
    private readonly List<Tier> _tiers = [];
    private readonly Dictionary<string, Campaign> _campaigns = new(StringComparer.Ordinal);

    /// <summary>Adds a copy of a reward a test seeds, or replaces the one with its id.</summary>
    public void AddRewardCopy(Reward reward) => AddReward(Copy(reward));

    /// <summary>The rewards matching the filters, in the order added.</summary>
    public List<Reward> ListRewards(string? brandId, string? type)
    {
        lock (_gate)
        {
            return _rewards.Values
                .Where(reward => brandId is null || reward.BrandId == brandId)
                .Where(reward => type is null || reward.Type?.Value == type)
                .Select(Copy)
                .ToList();
        }
    }

    /// <summary>A copy of the reward with this id, or <see langword="null"/>.</summary>
    public Reward? FindReward(string id)
    {
        lock (_gate)
        {
            return _rewards.TryGetValue(id, out var reward) ? Copy(reward) : null;
        }
    }

    /// <summary>Stores a created reward under a new id and answers it.</summary>
    public Reward CreateReward(CreateRewardRequest request)
    {
        var reward = JsonSerializer.SerializeToNode(request, FakeJsonContext.Default.CreateRewardRequest)!.Deserialize(FakeJsonContext.Default.Reward)!;
        reward.Id = Guid.NewGuid().ToString();
        AddReward(reward);
        return Copy(reward);
    }

    /// <summary>Adds a tier, or replaces the one with its id.</summary>
    public void AddTier(Tier tier)
    {
        var copy = Copy(tier);
        copy.Id ??= Guid.NewGuid().ToString();
        lock (_gate)
        {
            var index = _tiers.FindIndex(existing => existing.Id == copy.Id);
            if (index >= 0)
            {
                _tiers[index] = copy;
            }
            else
            {
                _tiers.Add(copy);
            }
        }
    }

    /// <summary>Copies of the tiers, by level.</summary>
    public List<Tier> ListTiers()
    {
        lock (_gate)
        {
            return _tiers.OrderBy(tier => tier.Level ?? int.MaxValue).Select(Copy).ToList();
        }
    }

    /// <summary>Adds a campaign (a copy, its id filled in when missing), or replaces the one with its id; answers the id.</summary>
    public string AddCampaign(Campaign campaign)
    {
        var copy = Copy(campaign);
        copy.Id ??= Guid.NewGuid().ToString();
        lock (_gate)
        {
            _campaigns[copy.Id] = copy;
        }

        return copy.Id;
    }

    /// <summary>The campaigns matching the filters, in the order added. <c>NOT FINISHED</c> matches every status but <c>FINISHED</c>.</summary>
    public List<Campaign> ListCampaigns(string? type, string? brandId, string? status, string? fundedBy, bool codesSummary)
    {
        lock (_gate)
        {
            return _campaigns.Values
                .Where(campaign => type is null || campaign.Type?.Value == type)
                .Where(campaign => brandId is null || campaign.BrandId == brandId)
                .Where(campaign => status is null
                    || (status == CampaignStatus.NotFinished.Value ? campaign.Status != CampaignStatus.Finished : campaign.Status?.Value == status))
                .Where(campaign => fundedBy is null || campaign.FundedBy == fundedBy)
                .Select(campaign => Served(campaign, codesSummary))
                .ToList();
        }
    }

    /// <summary>A copy of the campaign with this id, or <see langword="null"/>.</summary>
    public Campaign? FindCampaign(string id, bool codesSummary)
    {
        lock (_gate)
        {
            return _campaigns.TryGetValue(id, out var campaign) ? Served(campaign, codesSummary) : null;
        }
    }

    // The codes summary is part of an answer only when asked for (includes=CODES_SUMMARY).
    private static Campaign Served(Campaign campaign, bool codesSummary)
    {
        var copy = Copy(campaign);
        if (!codesSummary && copy.Attributes is { } attributes)
        {
            attributes.CodesSummary = null;
        }

        return copy;
    }

    private static Reward Copy(Reward reward) =>
        JsonSerializer.SerializeToNode(reward, FakeJsonContext.Default.Reward)!.Deserialize(FakeJsonContext.Default.Reward)!;

    private static Tier Copy(Tier tier) =>
        JsonSerializer.SerializeToNode(tier, FakeJsonContext.Default.Tier)!.Deserialize(FakeJsonContext.Default.Tier)!;

    private static Campaign Copy(Campaign campaign) =>
        JsonSerializer.SerializeToNode(campaign, FakeJsonContext.Default.Campaign)!.Deserialize(FakeJsonContext.Default.Campaign)!;
}
