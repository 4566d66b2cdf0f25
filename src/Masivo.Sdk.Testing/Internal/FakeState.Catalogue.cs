using System.Text.Json;

namespace Masivo.Sdk.Testing.Internal;

/// <summary>
/// The account's catalogue: rewards (the same registry wallets and previews name theirs from, so earn rules' and coupons'
/// rewards are listed too), tiers and campaigns, each in the order added, served as copies.
/// </summary>
internal sealed partial class FakeState
{
    /// <summary>The most rewards an account holds (Masivo's resource limits).</summary>
    public const int MaxRewards = 1_000;

    /// <summary>The most tiers an account holds, the Base tier included (Masivo's resource limits).</summary>
    public const int MaxTiers = 10;

    /// <summary>The most campaigns an account holds (Masivo's resource limits).</summary>
    public const int MaxCampaigns = 1_000;

    /// <summary>The id of the Base tier every account has from the start (Masivo's is a uuid; the fake's is this).</summary>
    public const string BaseTierId = "base";

    private readonly List<Tier> _tiers = [new Tier { Id = BaseTierId, Name = "Base", Level = 1, Status = TierStatus.Active }];
    private readonly Dictionary<string, Campaign> _campaigns = new(StringComparer.Ordinal);

    // The ids of the rewards added to the catalogue (seeded or created), as opposed to those the fake made known for earn
    // rules' and coupons' sake, which a seeded reward of the same id describes better and may replace.
    private readonly HashSet<string> _catalogued = new(StringComparer.Ordinal);

    // The customers each campaign is open to, by campaign id; a campaign without an entry is open to every customer.
    private readonly Dictionary<string, HashSet<string>> _audiences = new(StringComparer.Ordinal);

    /// <summary>
    /// Adds a copy of a reward (its id made up when missing) and answers its id. A reward the fake made known for an earn
    /// rule or a coupon is replaced; a reward added before is not.
    /// </summary>
    /// <exception cref="ArgumentException">A reward added before has the id.</exception>
    /// <exception cref="InvalidOperationException">The catalogue holds <see cref="MaxRewards"/> rewards already.</exception>
    public string AddRewardCopy(Reward reward)
    {
        var copy = Copy(reward);
        copy.Id ??= Guid.NewGuid().ToString();
        lock (_gate)
        {
            if (_catalogued.Contains(copy.Id))
            {
                throw Duplicate("reward", copy.Id, nameof(reward));
            }

            if (!_rewards.ContainsKey(copy.Id) && _rewards.Count >= MaxRewards)
            {
                throw LimitReached("rewards", MaxRewards);
            }

            _rewards[copy.Id] = copy;
            _catalogued.Add(copy.Id);
        }

        return copy.Id;
    }

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
    /// <exception cref="InvalidOperationException">The catalogue holds <see cref="MaxRewards"/> rewards already.</exception>
    public Reward CreateReward(CreateRewardRequest request)
    {
        var reward = JsonSerializer.SerializeToNode(request, FakeJsonContext.Default.CreateRewardRequest)!.Deserialize(FakeJsonContext.Default.Reward)!;
        reward.Id = Guid.NewGuid().ToString();
        AddRewardCopy(reward);
        return reward;
    }

    /// <summary>Adds a copy of a tier (its id made up when missing) and answers its id.</summary>
    /// <exception cref="ArgumentException">A tier has the id already.</exception>
    /// <exception cref="InvalidOperationException">The account holds <see cref="MaxTiers"/> tiers already.</exception>
    public string AddTier(Tier tier)
    {
        var copy = Copy(tier);
        copy.Id ??= Guid.NewGuid().ToString();
        lock (_gate)
        {
            if (_tiers.Exists(existing => existing.Id == copy.Id))
            {
                throw Duplicate("tier", copy.Id, nameof(tier));
            }

            if (_tiers.Count >= MaxTiers)
            {
                throw LimitReached("tiers (the Base tier included)", MaxTiers);
            }

            _tiers.Add(copy);
        }

        return copy.Id;
    }

    /// <summary>Copies of the tiers, by level.</summary>
    public List<Tier> ListTiers()
    {
        lock (_gate)
        {
            return _tiers.OrderBy(tier => tier.Level ?? int.MaxValue).Select(Copy).ToList();
        }
    }

    /// <summary>
    /// Adds a campaign (a copy, its id filled in when missing), its audience and labels; answers the id.
    /// <paramref name="audience"/> <see langword="null"/> opens it to every customer; <paramref name="labels"/>, when
    /// given, become its <c>labels</c> field.
    /// </summary>
    /// <exception cref="ArgumentException">A campaign has the id already.</exception>
    /// <exception cref="InvalidOperationException">The account holds <see cref="MaxCampaigns"/> campaigns already.</exception>
    public string AddCampaign(Campaign campaign, IEnumerable<string>? audience = null, IEnumerable<string>? labels = null)
    {
        var copy = Copy(campaign);
        copy.Id ??= Guid.NewGuid().ToString();
        if (labels is not null)
        {
            copy.AdditionalProperties ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            copy.AdditionalProperties[LabelsField] = JsonSerializer.SerializeToElement(labels.ToList(), FakeJsonContext.Default.ListString);
        }

        lock (_gate)
        {
            if (_campaigns.ContainsKey(copy.Id))
            {
                throw Duplicate("campaign", copy.Id, nameof(campaign));
            }

            if (_campaigns.Count >= MaxCampaigns)
            {
                throw LimitReached("campaigns", MaxCampaigns);
            }

            _campaigns[copy.Id] = copy;
            if (audience is not null)
            {
                _audiences[copy.Id] = new HashSet<string>(audience, StringComparer.Ordinal);
            }
        }

        return copy.Id;
    }

    private static ArgumentException Duplicate(string kind, string id, string parameter) =>
        new($"The fake server holds a {kind} with id '{id}' already: ids are unique. Give this one another id, or none to have one made up.", parameter);

    private static InvalidOperationException LimitReached(string what, int limit) =>
        new($"The fake server holds {limit} {what} already, the most a Masivo account may hold (its resource limits).");

    /// <summary>
    /// The campaigns matching every filter given, in the order added: <c>type</c>, <c>brand_id</c>, <c>status</c>
    /// (<c>NOT FINISHED</c> matches every status but <c>FINISHED</c>) and <c>funded_by</c> by equality; <c>labels</c>
    /// (comma-separated) those carrying at least one of them; <c>customer_id</c> those open to the customer (see
    /// <see cref="CampaignFilter.CustomerId"/>). <see langword="null"/> when <c>customer_id</c> names no customer.
    /// </summary>
    public List<Campaign>? ListCampaigns(CampaignFilter filter, bool codesSummary)
    {
        var labels = filter.Labels?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        lock (_gate)
        {
            if (filter.CustomerId is { } customerId && !HasCustomer(customerId))
            {
                return null;
            }

            return _campaigns.Values
                .Where(campaign => filter.Type is null || campaign.Type?.Value == filter.Type)
                .Where(campaign => filter.BrandId is null || campaign.BrandId == filter.BrandId)
                .Where(campaign => filter.Status is null
                    || (filter.Status == CampaignStatus.NotFinished.Value ? campaign.Status != CampaignStatus.Finished : campaign.Status?.Value == filter.Status))
                .Where(campaign => filter.FundedBy is null || campaign.FundedBy == filter.FundedBy)
                .Where(campaign => labels is null || LabelsOf(campaign).Overlaps(labels))
                .Where(campaign => filter.CustomerId is null || IsOpenTo(campaign, filter.CustomerId))
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

    private const string LabelsField = "labels";

    /// <summary>A campaign's labels: its <c>labels</c> field, an array of strings or one comma-separated string.</summary>
    private static HashSet<string> LabelsOf(Campaign campaign)
    {
        var labels = new HashSet<string>(StringComparer.Ordinal);
        if (campaign.AdditionalProperties?.TryGetValue(LabelsField, out var field) == true)
        {
            var texts = field.ValueKind switch
            {
                JsonValueKind.Array => field.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!),
                JsonValueKind.String => field.GetString()!.Split(','),
                _ => [],
            };
            labels.UnionWith(texts.Select(text => text.Trim()).Where(text => text.Length > 0));
        }

        return labels;
    }

    /// <summary>Whether a customer may take part in the campaign: it is in the campaign's audience, or the campaign has none. The caller holds the lock.</summary>
    private bool IsOpenTo(Campaign campaign, string customerId) =>
        !_audiences.TryGetValue(campaign.Id!, out var audience) || audience.Contains(customerId);

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

/// <summary>The filters of <c>GET campaigns</c>, each <see langword="null"/> when not asked for.</summary>
/// <param name="Type">The campaign type, such as <c>BEHAVIOR</c>.</param>
/// <param name="BrandId">The brand.</param>
/// <param name="Status">The status, or <c>NOT FINISHED</c>.</param>
/// <param name="FundedBy">Who funds the campaigns.</param>
/// <param name="Labels">Labels, comma-separated: a campaign carrying any of them matches.</param>
/// <param name="CustomerId">
/// A customer: the campaigns it can take part in are those whose audience (seeded with
/// <see cref="MasivoFakeServer.AddCampaign"/>) holds it, and those seeded or created without an audience.
/// </param>
internal sealed record CampaignFilter(string? Type, string? BrandId, string? Status, string? FundedBy, string? Labels, string? CustomerId);
