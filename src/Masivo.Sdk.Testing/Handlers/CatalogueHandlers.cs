using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Testing.Internal;

/// <summary>
/// The catalogue: rewards (<see cref="FakeRoute.ListRewards"/>, <see cref="FakeRoute.GetReward"/>, <see cref="FakeRoute.CreateReward"/>),
/// <see cref="FakeRoute.ListTiers"/> and campaigns (<see cref="FakeRoute.ListCampaigns"/>, <see cref="FakeRoute.GetCampaign"/>,
/// <see cref="FakeRoute.CreateCampaign"/>). Lists answer the 0-based, inclusive <c>from</c>/<c>to</c> range asked; an unknown id is a 404.
/// </summary>
internal sealed class CatalogueHandlers(FakeState state) : IFakeHandlers
{
    /// <inheritdoc/>
    public IReadOnlyDictionary<FakeRoute, RequestDelegate> Routes => new Dictionary<FakeRoute, RequestDelegate>
    {
        [FakeRoute.ListRewards] = FakeEndpoint.Handle(ListRewards),
        [FakeRoute.GetReward] = FakeEndpoint.Handle(GetReward),
        [FakeRoute.CreateReward] = FakeEndpoint.Handle(CreateRewardAsync),
        [FakeRoute.ListTiers] = FakeEndpoint.Handle(_ => FakeResults.Data(state.ListTiers(), FakeJsonContext.Default.FakeEnvelopeListTier)),
        [FakeRoute.ListCampaigns] = FakeEndpoint.Handle(ListCampaigns),
        [FakeRoute.GetCampaign] = FakeEndpoint.Handle(GetCampaign),
        [FakeRoute.CreateCampaign] = FakeEndpoint.Handle(CreateCampaignAsync),
    };

    /// <summary>Answers the rewards of the range asked; <c>from</c> and <c>to</c> are required, as on Masivo.</summary>
    public IResult ListRewards(HttpContext context)
    {
        var query = context.Request.Query;
        if (!TryRange(query, required: true, out var from, out var to, out var error))
        {
            return error!;
        }

        var rewards = state.ListRewards(Value(query, "brand_id"), Value(query, "type"));
        return FakeResults.Data(Slice(rewards, from, to), FakeJsonContext.Default.FakeEnvelopeListReward);
    }

    public IResult GetReward(HttpContext context)
    {
        var id = FakeRoutes.RouteValue(context, "id");
        return state.FindReward(id) is { } reward
            ? FakeResults.Data(reward, FakeJsonContext.Default.FakeEnvelopeReward)
            : FakeResults.NotFound($"Reward '{id}' not found");
    }

    /// <summary>
    /// Creates a reward, answered 201 with its new id; name and type are required. An account at Masivo's limit of 1,000
    /// rewards gets a 422 (Masivo does not document the answer to a request past its resource limits).
    /// </summary>
    public async Task<IResult> CreateRewardAsync(HttpContext context)
    {
        var (request, error) = await FakeResults.ReadBodyAsync(context, FakeJsonContext.Default.CreateRewardRequest).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (string.IsNullOrWhiteSpace(request!.Name) || request.Type is null)
        {
            return FakeResults.BadRequest("name and type are required");
        }

        Reward created;
        try
        {
            created = state.CreateReward(request);
        }
        catch (InvalidOperationException limit)
        {
            return FakeResults.Unprocessable(limit.Message);
        }

        return FakeResults.Data(created, FakeJsonContext.Default.FakeEnvelopeReward, StatusCodes.Status201Created);
    }

    /// <summary>
    /// Answers the campaigns of the range asked (every one without a range) with <c>from</c>, <c>to</c> and <c>count</c>,
    /// after every filter is applied (<see cref="FakeState.ListCampaigns"/>): <c>type</c>, <c>brand_id</c>, <c>status</c>,
    /// <c>funded_by</c>, <c>labels</c> (any of them) and <c>customer_id</c> (the campaigns open to that customer; a 404 when
    /// no customer has the id).
    /// </summary>
    public IResult ListCampaigns(HttpContext context)
    {
        var query = context.Request.Query;
        if (!TryRange(query, required: false, out var from, out var to, out var error))
        {
            return error!;
        }

        var filter = new CampaignFilter(
            Value(query, "type"), Value(query, "brand_id"), Value(query, "status"), Value(query, "funded_by"), Value(query, "labels"), Value(query, "customer_id"));
        if (state.ListCampaigns(filter, IncludesCodesSummary(query)) is not { } campaigns)
        {
            return FakeResults.NotFound($"Customer '{filter.CustomerId}' not found");
        }

        var page = Slice(campaigns, from, to);
        return Results.Json(new FakeCampaignPage(page, from, from + page.Count - 1), FakeJsonContext.Default.FakeCampaignPage);
    }

    public IResult GetCampaign(HttpContext context)
    {
        var id = FakeRoutes.RouteValue(context, "id");
        return state.FindCampaign(id, IncludesCodesSummary(context.Request.Query)) is { } campaign
            ? FakeResults.Data(campaign, FakeJsonContext.Default.FakeEnvelopeCampaign)
            : FakeResults.NotFound($"Campaign '{id}' not found");
    }

    /// <summary>
    /// Creates a campaign as Masivo's reference describes: the <c>type</c> query parameter is required, at least one rule,
    /// a start not in the past and less than a year ahead, an end not before the start and less than a year after it
    /// (on the server's clock). Answered 201; the status is <c>SCHEDULED</c> or <c>RUNNING</c> unless one was sent. An
    /// account at Masivo's limit of 1,000 campaigns gets a 422 (the answer past a resource limit is not documented).
    /// </summary>
    public async Task<IResult> CreateCampaignAsync(HttpContext context)
    {
        var (request, error) = await FakeResults.ReadBodyAsync(context, FakeJsonContext.Default.CreateCampaignRequest).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var type = Value(context.Request.Query, "type");
        var now = state.Now;
        var problem = request! switch
        {
            _ when string.IsNullOrWhiteSpace(type) => "the type query parameter is required",
            { Rules: not { Count: > 0 } } => "rules must include at least one main/referrer rule",
            { StartDate: { } start } when start < now => "start_date cannot be in the past",
            { StartDate: { } start } when start >= now.AddYears(1) => "start_date must be less than one year from now",
            { StartDate: { } start, EndDate: { } end } when end < start => "end_date cannot be before start_date",
            { StartDate: { } start, EndDate: { } end } when end >= start.AddYears(1) => "end_date must be less than one year after start_date",
            _ => null,
        };
        if (problem is not null)
        {
            return FakeResults.BadRequest(problem);
        }

        var campaign = JsonSerializer.SerializeToNode(request!, FakeJsonContext.Default.CreateCampaignRequest)!
            .Deserialize(FakeJsonContext.Default.Campaign)!;
        campaign.Id = null; // Masivo makes up the id
        campaign.Type ??= type!;
        campaign.Status ??= request!.StartDate > now ? CampaignStatus.Scheduled : CampaignStatus.Running;
        string id;
        try
        {
            id = state.AddCampaign(campaign);
        }
        catch (InvalidOperationException limit)
        {
            return FakeResults.Unprocessable(limit.Message);
        }

        return FakeResults.Data(state.FindCampaign(id, codesSummary: true)!, FakeJsonContext.Default.FakeEnvelopeCampaign, StatusCodes.Status201Created);
    }

    private static bool TryRange(IQueryCollection query, bool required, out int from, out int to, out IResult? error)
    {
        from = 0;
        to = int.MaxValue - 1;
        error = null;
        var hasFrom = query.TryGetValue("from", out var fromText);
        var hasTo = query.TryGetValue("to", out var toText);
        if (!hasFrom && !hasTo && !required)
        {
            return true;
        }

        if (!int.TryParse(fromText.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out from)
            || !int.TryParse(toText.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out to)
            || to < from)
        {
            error = FakeResults.BadRequest($"from and to are required 0-based indexes, to not before from; got from '{fromText}', to '{toText}'");
            return false;
        }

        return true;
    }

    private static List<T> Slice<T>(List<T> rows, int from, int to) =>
        from >= rows.Count ? [] : rows.GetRange(from, (int)Math.Min((long)to - from + 1, rows.Count - from));

    private static bool IncludesCodesSummary(IQueryCollection query) =>
        query.TryGetValue("includes", out var includes) && includes.ToString().Split(',').Contains("CODES_SUMMARY", StringComparer.Ordinal);

    private static string? Value(IQueryCollection query, string name) => query.TryGetValue(name, out var value) ? value.ToString() : null;
}
