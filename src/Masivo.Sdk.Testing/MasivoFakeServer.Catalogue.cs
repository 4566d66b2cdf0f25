namespace Masivo.Sdk.Testing;

/// <summary>The catalogue a test seeds: rewards, tiers and campaigns the API then lists and reads.</summary>
public sealed partial class MasivoFakeServer
{
    /// <summary>
    /// Adds a reward to the catalogue: <c>GET rewards</c> lists it, <c>GET rewards/{id}</c> reads it, and wallets name it.
    /// The default earn rule's reward (<see cref="FakeEarnRule.DefaultRewardId"/>) and the rewards of seeded coupons are in
    /// the catalogue too, as on Masivo, described by the fake; a reward added with one of their ids describes it instead.
    /// As on Masivo, an account holds at most 1,000 rewards, and ids are unique. A copy is stored.
    /// </summary>
    /// <param name="reward">The reward; without an <see cref="Reward.Id"/>, one is made up.</param>
    /// <returns>The reward's id: its own, or the one made up.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reward"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Its <see cref="Reward.Id"/> is empty or blank, or a reward added before has it (the message names the id).</exception>
    /// <exception cref="InvalidOperationException">The catalogue holds 1,000 rewards already, Masivo's limit.</exception>
    public string AddReward(Reward reward)
    {
        ArgumentNullException.ThrowIfNull(reward);
        RequireIdOrNone(reward.Id, "Reward", nameof(reward));
        return _state.AddRewardCopy(reward);
    }

    /// <summary>
    /// Adds a tier: <c>GET tiers</c> lists the tiers by level. As on Masivo, a fresh server has one already, the Base tier
    /// (id <c>base</c>, level 1, <c>ACTIVE</c>); an account holds at most 10 tiers, the Base tier included, and ids are
    /// unique. A copy is stored.
    /// </summary>
    /// <param name="tier">The tier; without an <see cref="Tier.Id"/>, one is made up.</param>
    /// <returns>The tier's id: its own, or the one made up.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tier"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Its <see cref="Tier.Id"/> is empty or blank, or a tier has it already (the message names the id).</exception>
    /// <exception cref="InvalidOperationException">The server holds 10 tiers already, Masivo's limit.</exception>
    public string AddTier(Tier tier)
    {
        ArgumentNullException.ThrowIfNull(tier);
        RequireIdOrNone(tier.Id, "Tier", nameof(tier));
        return _state.AddTier(tier);
    }

    /// <summary>
    /// Adds a campaign with its audience and labels: <c>GET campaigns/{id}</c> reads it
    /// and <c>GET campaigns</c> lists it, filtered by every documented filter: <c>type</c>, <c>brand_id</c>, <c>status</c>
    /// (<c>NOT FINISHED</c>: every status but <c>FINISHED</c>) and <c>funded_by</c> by equality; <c>labels</c>
    /// (comma-separated) the campaigns carrying at least one of them; <c>customer_id</c> the campaigns the customer can take
    /// part in: those whose <paramref name="customerIds"/> hold it, and those seeded (or created by <c>POST campaigns</c>)
    /// without an audience (a 404 when no customer has the id). Its <see cref="CampaignAttributes.CodesSummary"/> is served
    /// only with <c>includes=CODES_SUMMARY</c>. As on Masivo, an account holds at most 1,000 campaigns, and ids are
    /// unique. A copy is stored.
    /// </summary>
    /// <param name="campaign">The campaign; without an <see cref="Campaign.Id"/>, one is made up.</param>
    /// <param name="customerIds">
    /// The campaign's audience: the ids of the customers who can take part in it (customers need not exist yet; none: no
    /// one). <see langword="null"/>, the default, opens it to every customer.
    /// </param>
    /// <param name="labels">
    /// The campaign's labels, served as its <c>labels</c> field (an array of strings; Masivo does not document where a
    /// campaign carries its labels). <see langword="null"/>, the default, keeps a <c>labels</c> field the campaign's
    /// <see cref="MasivoModel.AdditionalProperties"/> may already hold (an array, or one comma-separated string).
    /// </param>
    /// <returns>The campaign's id: its own, or the one made up.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="campaign"/> is <see langword="null"/>, or <paramref name="customerIds"/> or <paramref name="labels"/> holds a <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Its <see cref="Campaign.Id"/> is empty or blank, or a campaign has it already (the message names the id).</exception>
    /// <exception cref="InvalidOperationException">The server holds 1,000 campaigns already, Masivo's limit.</exception>
    public string AddCampaign(Campaign campaign, IEnumerable<string>? customerIds = null, IEnumerable<string>? labels = null)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        RequireIdOrNone(campaign.Id, "Campaign", nameof(campaign));
        var audience = customerIds?.ToList();
        var labelList = labels?.ToList();
        if (audience?.Contains(null!) == true)
        {
            throw new ArgumentNullException(nameof(customerIds), "A customer id is null.");
        }

        if (labelList?.Contains(null!) == true)
        {
            throw new ArgumentNullException(nameof(labels), "A label is null.");
        }

        return _state.AddCampaign(campaign, audience, labelList);
    }

    private static void RequireIdOrNone(string? id, string type, string parameter)
    {
        if (id is not null && string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException($"{type}.Id is empty or blank: give an id, or none (null) to have one made up.", parameter);
        }
    }
}
