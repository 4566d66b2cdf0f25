using Refit;

namespace Masivo.Sdk.Internal;

/// <summary>
/// The campaigns endpoints, each in one place: its facts (this descriptor table) and, below, the Refit method that
/// builds its request (<see cref="ICampaignsApi"/>). Reads are repeated after a failure; a create is not.
/// </summary>
internal static class CampaignsEndpoints
{
    /// <summary>One page of <c>GET campaigns</c>; <see cref="CampaignsClient.ListAsync"/> sends it once per page.</summary>
    public static readonly MasivoEndpoint<ICampaignsApi, CampaignListQuery, IReadOnlyList<Campaign>> List = new(
        "campaigns.list",
        "GET",
        "campaigns",
        RetrySafety.Repeatable,
        EndpointResponse<IReadOnlyList<Campaign>>.DataIn(MasivoJsonContext.Default.CampaignListPage, static page => page.Data),
        static (api, query, endpoint, token) => api.ListAsync(
            query.Range.FromText,
            query.Range.ToText,
            query.Type?.Value,
            query.BrandId,
            query.CustomerId,
            query.Status?.Value,
            query.LabelsText,
            query.FundedBy,
            CampaignIncludes.Of(query.IncludeCodesSummary),
            endpoint,
            token))
    {
        ArgumentName = "query",
        Validate = static (query, argument) => query.Validate(argument),
    };

    public static readonly MasivoEndpoint<ICampaignsApi, ForCampaign, Campaign> Get = new(
        "campaigns.get",
        "GET",
        "campaigns/{id}",
        RetrySafety.Repeatable,
        EndpointResponse<Campaign>.Data(MasivoJsonContext.Default.DataEnvelopeCampaign),
        static (api, args, endpoint, token) => api.GetAsync(
            args.CampaignId,
            args.Query?.CustomerId,
            CampaignIncludes.Of(args.Query?.IncludeCodesSummary == true),
            endpoint,
            token))
    {
        ArgumentName = "campaignId",
        Validate = static (args, argument) =>
        {
            PathSegment.Validate(args.CampaignId ?? throw new ArgumentNullException(argument), argument);
            QueryValue.Filter(args.Query?.CustomerId, "customer_id (CustomerId)", "query");
        },
        Advice = new Dictionary<int, string> { [404] = "No campaign has this id." },
    };

    public static readonly MasivoEndpoint<ICampaignsApi, CreateCampaignRequest, Campaign> Create = new(
        "campaigns.create",
        "POST",
        "campaigns",
        RetrySafety.OnlyIfNotProcessed,
        EndpointResponse<Campaign>.Data(MasivoJsonContext.Default.DataEnvelopeCampaign),
        static (api, campaign, endpoint, token) => api.CreateAsync(campaign.Type!.Value.Value, campaign, endpoint, token))
    {
        ArgumentName = "campaign",
        Validate = static (campaign, argument) => campaign.Validate(argument),
        ValidateAt = static (campaign, argument, now) => campaign.ValidateAt(now, argument),
        Advice = new Dictionary<int, string>
        {
            [400] = "Check the campaign: its type, its rules (a main or referrer rule is required) and its dates.",
            [401] = "Creating a campaign requires a SERVER API token.",
            [403] = "Creating a campaign requires a SERVER API token.",
        },
    };
}

/// <summary>The campaigns endpoints' requests, as Refit builds them; <see cref="CampaignsEndpoints"/> holds their facts.</summary>
internal interface ICampaignsApi
{
    [Get("/campaigns")]
    Task<HttpResponseMessage> ListAsync(
        [AliasAs("from")] string from,
        [AliasAs("to")] string to,
        [AliasAs("type")] string? type,
        [AliasAs("brand_id")] string? brandId,
        [AliasAs("customer_id")] string? customerId,
        [AliasAs("status")] string? status,
        [AliasAs("labels")] string? labels,
        [AliasAs("funded_by")] string? fundedBy,
        [AliasAs("includes")] string? includes,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);

    [Get("/campaigns/{id}")]
    Task<HttpResponseMessage> GetAsync(
        string id,
        [AliasAs("customer_id")] string? customerId,
        [AliasAs("includes")] string? includes,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);

    [Post("/campaigns")]
    Task<HttpResponseMessage> CreateAsync(
        [AliasAs("type")] string type,
        [Body] CreateCampaignRequest campaign,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);
}
