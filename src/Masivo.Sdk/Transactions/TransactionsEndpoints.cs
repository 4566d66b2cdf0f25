using Refit;

namespace Masivo.Sdk.Internal;

/// <summary>The account transactions endpoint: its facts (this descriptor) and, below, the Refit method that builds its request (<see cref="ITransactionsApi"/>).</summary>
internal static class TransactionsEndpoints
{
    /// <summary>The most rows one page of <c>GET transactions</c> holds: a page this full has a next one.</summary>
    public const int PageSize = PageLimits.Max;

    /// <summary>One page of <c>GET transactions</c>; <see cref="TransactionsClient.ListAsync"/> sends it once per page.</summary>
    public static readonly MasivoEndpoint<ITransactionsApi, TransactionListQuery, IReadOnlyList<Transaction>> List = new(
        "transactions.list",
        "GET",
        "transactions",
        RetrySafety.Repeatable,
        EndpointResponse<IReadOnlyList<Transaction>>.Data(MasivoJsonContext.Default.DataEnvelopeIReadOnlyListTransaction),
        static (api, query, endpoint, token) => api.ListAsync(
            query.DateText,
            query.Cursor,
            query.BrandId,
            query.RewardId,
            query.CampaignId,
            query.EventId,
            query.Type?.Value,
            query.FundedBy,
            endpoint,
            token))
    {
        ArgumentName = "query",
        Validate = static (query, argument) => query.Validate(argument),
    };
}

/// <summary>The account transactions endpoint's request, as Refit builds it; <see cref="TransactionsEndpoints"/> holds its facts.</summary>
internal interface ITransactionsApi
{
    [Get("/transactions")]
    Task<HttpResponseMessage> ListAsync(
        [AliasAs("date")] string date,
        [AliasAs("cursor")] string? cursor,
        [AliasAs("brand_id")] string? brandId,
        [AliasAs("reward_id")] string? rewardId,
        [AliasAs("campaign_id")] string? campaignId,
        [AliasAs("event_id")] string? eventId,
        [AliasAs("type")] string? type,
        [AliasAs("funded_by")] string? fundedBy,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);
}
