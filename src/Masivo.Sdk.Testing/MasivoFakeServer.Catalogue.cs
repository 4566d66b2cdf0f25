namespace Masivo.Sdk.Testing;

/// <summary>The catalogue a test seeds: rewards, tiers and campaigns the API then lists and reads.</summary>
public sealed partial class MasivoFakeServer
{
    /// <summary>
    /// Adds a reward to the catalogue (or replaces the one with its id): <c>GET rewards</c> lists it, <c>GET rewards/{id}</c>
    /// reads it, and wallets name it. The default earn rule's reward (<see cref="FakeEarnRule.DefaultRewardId"/>) and the
    /// rewards of seeded coupons are in the catalogue too, as on Masivo. A copy is stored.
    /// </summary>
    /// <param name="reward">The reward; its <see cref="Reward.Id"/> is required.</param>
    /// <returns>This server, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reward"/> or its id is <see langword="null"/>.</exception>
    public MasivoFakeServer AddReward(Reward reward)
    {
        ArgumentNullException.ThrowIfNull(reward);
        ArgumentNullException.ThrowIfNull(reward.Id, nameof(reward));
        _state.AddRewardCopy(reward);
        return this;
    }

    /// <summary>Adds a tier (or replaces the one with its id): <c>GET tiers</c> lists the tiers by level. A copy is stored, its id filled in when missing.</summary>
    /// <param name="tier">The tier.</param>
    /// <returns>This server, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tier"/> is <see langword="null"/>.</exception>
    public MasivoFakeServer AddTier(Tier tier)
    {
        ArgumentNullException.ThrowIfNull(tier);
        _state.AddTier(tier);
        return this;
    }

    /// <summary>
    /// Adds a campaign (or replaces the one with its id, with its audience and labels): <c>GET campaigns/{id}</c> reads it
    /// and <c>GET campaigns</c> lists it, filtered by every documented filter: <c>type</c>, <c>brand_id</c>, <c>status</c>
    /// (<c>NOT FINISHED</c>: every status but <c>FINISHED</c>) and <c>funded_by</c> by equality; <c>labels</c>
    /// (comma-separated) the campaigns carrying at least one of them; <c>customer_id</c> the campaigns the customer can take
    /// part in: those whose <paramref name="customerIds"/> hold it, and those seeded (or created by <c>POST campaigns</c>)
    /// without an audience (a 404 when no customer has the id). Its <see cref="CampaignAttributes.CodesSummary"/> is served
    /// only with <c>includes=CODES_SUMMARY</c>. A copy is stored, its id filled in when missing.
    /// </summary>
    /// <param name="campaign">The campaign.</param>
    /// <param name="customerIds">
    /// The campaign's audience: the ids of the customers who can take part in it (customers need not exist yet; none: no
    /// one). <see langword="null"/>, the default, opens it to every customer.
    /// </param>
    /// <param name="labels">
    /// The campaign's labels, served as its <c>labels</c> field (an array of strings; Masivo does not document where a
    /// campaign carries its labels). <see langword="null"/>, the default, keeps a <c>labels</c> field the campaign's
    /// <see cref="MasivoModel.AdditionalProperties"/> may already hold (an array, or one comma-separated string).
    /// </param>
    /// <returns>The campaign's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="campaign"/> is <see langword="null"/>, or <paramref name="customerIds"/> or <paramref name="labels"/> holds a <see langword="null"/>.</exception>
    public string AddCampaign(Campaign campaign, IEnumerable<string>? customerIds = null, IEnumerable<string>? labels = null)
    {
        ArgumentNullException.ThrowIfNull(campaign);
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
}
