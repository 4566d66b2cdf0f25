using Refit;

namespace Masivo.Sdk.Internal;

/// <summary>
/// The rewards endpoints, each in one place: its facts (this descriptor table) and, below, the Refit method that builds
/// its request (<see cref="IRewardsApi"/>). Reads are repeated after a failure; a create is not (it could create twice).
/// </summary>
internal static class RewardsEndpoints
{
    /// <summary>One page of <c>GET rewards</c>; <see cref="RewardsClient.ListAsync"/> sends it once per page.</summary>
    public static readonly MasivoEndpoint<IRewardsApi, RewardListQuery, IReadOnlyList<Reward>> List = new(
        "rewards.list",
        "GET",
        "rewards",
        RetrySafety.Repeatable,
        EndpointResponse<IReadOnlyList<Reward>>.Data(MasivoJsonContext.Default.DataEnvelopeIReadOnlyListReward),
        static (api, query, endpoint, token) => api.ListAsync(query.Range.FromText, query.Range.ToText, query.BrandId, query.Type?.Value, endpoint, token))
    {
        ArgumentName = "query",
        Validate = static (query, argument) => query.Validate(argument),
    };

    public static readonly MasivoEndpoint<IRewardsApi, string, Reward> Get = new(
        "rewards.get",
        "GET",
        "rewards/{id}",
        RetrySafety.Repeatable,
        EndpointResponse<Reward>.Data(MasivoJsonContext.Default.DataEnvelopeReward),
        static (api, rewardId, endpoint, token) => api.GetAsync(rewardId, endpoint, token))
    {
        ArgumentName = "rewardId",
        Validate = PathSegment.Validate,
        Advice = new Dictionary<int, string> { [404] = "No reward has this id." },
    };

    public static readonly MasivoEndpoint<IRewardsApi, CreateRewardRequest, Reward> Create = new(
        "rewards.create",
        "POST",
        "rewards",
        RetrySafety.OnlyIfNotProcessed,
        EndpointResponse<Reward>.Data(MasivoJsonContext.Default.DataEnvelopeReward),
        static (api, reward, endpoint, token) => api.CreateAsync(reward, endpoint, token))
    {
        ArgumentName = "reward",
        Validate = static (reward, argument) => reward.Validate(argument),
        Advice = new Dictionary<int, string> { [400] = "Check the reward: its name, type, conditions and attributes (an account holds at most 1,000 rewards)." },
    };
}

/// <summary>The rewards endpoints' requests, as Refit builds them; <see cref="RewardsEndpoints"/> holds their facts.</summary>
internal interface IRewardsApi
{
    [Get("/rewards")]
    Task<HttpResponseMessage> ListAsync(
        [AliasAs("from")] string from,
        [AliasAs("to")] string to,
        [AliasAs("brand_id")] string? brandId,
        [AliasAs("type")] string? type,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);

    [Get("/rewards/{id}")]
    Task<HttpResponseMessage> GetAsync(
        string id,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);

    [Post("/rewards")]
    Task<HttpResponseMessage> CreateAsync(
        [Body] CreateRewardRequest reward,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);
}
