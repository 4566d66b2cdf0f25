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
    /// Adds a campaign (or replaces the one with its id): <c>GET campaigns</c> lists it (filtered by type, brand, status and
    /// funded_by) and <c>GET campaigns/{id}</c> reads it; its <see cref="CampaignAttributes.CodesSummary"/> is served only
    /// with <c>includes=CODES_SUMMARY</c>. A copy is stored, its id filled in when missing.
    /// </summary>
    /// <param name="campaign">The campaign.</param>
    /// <returns>The campaign's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="campaign"/> is <see langword="null"/>.</exception>
    public string AddCampaign(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return _state.AddCampaign(campaign);
    }
}
