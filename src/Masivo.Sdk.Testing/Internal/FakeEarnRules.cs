using System.Text.Json.Nodes;

namespace Masivo.Sdk.Testing.Internal;

/// <summary>The earn rule of each brand, and the default one; each rule's reward is made known to the state, so wallets name it.</summary>
internal sealed class FakeEarnRules
{
    private readonly FakeState _state;
    private readonly Dictionary<string, FakeEarnRule> _byBrand = new(StringComparer.Ordinal);
    private FakeEarnRule _default = new();

    public FakeEarnRules(FakeState state)
    {
        _state = state;
        Announce(_default);
    }

    /// <summary>Sets the rule of <paramref name="brandId"/>, or the default one when it is <see langword="null"/>.</summary>
    public void Set(string? brandId, FakeEarnRule rule)
    {
        lock (_state.Gate)
        {
            if (brandId is null)
            {
                _default = rule;
            }
            else
            {
                _byBrand[brandId] = rule;
            }
        }

        Announce(rule);
    }

    /// <summary>The rule of <paramref name="brandId"/>; the caller holds the state's lock.</summary>
    public FakeEarnRule For(string? brandId) => brandId is not null && _byBrand.TryGetValue(brandId, out var rule) ? rule : _default;

    /// <summary>What one unit of <paramref name="rewardId"/> is worth redeemed: the value of the first rule crediting it, else 1.</summary>
    public decimal ValueOf(string rewardId) =>
        _byBrand.Values.Prepend(_default).FirstOrDefault(rule => rule.RewardId == rewardId)?.PointValue ?? 1m;

    private void Announce(FakeEarnRule rule) => _state.AddReward(new Reward
    {
        Id = rule.RewardId,
        Name = rule.RewardName,
        Type = RewardType.Points,
        Attributes = new JsonObject { ["conversion_factor"] = rule.PointValue },
    });
}
