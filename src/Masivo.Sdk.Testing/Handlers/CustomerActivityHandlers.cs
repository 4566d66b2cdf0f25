using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Testing.Internal;

/// <summary>
/// What a customer owns beside its wallet: <see cref="FakeRoute.GetCustomerTransactions"/>,
/// <see cref="FakeRoute.GetCustomerGiftCards"/> and <see cref="FakeRoute.RequestReferralCode"/>. Each answers 404 with
/// Masivo's error for an unknown customer.
/// </summary>
internal sealed class CustomerActivityHandlers(FakeState state) : IFakeHandlers
{
    /// <inheritdoc/>
    public IReadOnlyDictionary<FakeRoute, RequestDelegate> Routes => new Dictionary<FakeRoute, RequestDelegate>
    {
        [FakeRoute.GetCustomerTransactions] = FakeEndpoint.Handle(GetTransactions),
        [FakeRoute.GetCustomerGiftCards] = FakeEndpoint.Handle(GetGiftCards),
        [FakeRoute.RequestReferralCode] = FakeEndpoint.Handle(RequestReferralCodeAsync),
    };

    /// <summary>Answers the customer's transactions of the <c>year</c> asked (the last three months without one), filtered by <c>brand_id</c>, <c>reward_id</c> and <c>type</c>.</summary>
    public IResult GetTransactions(HttpContext context)
    {
        var query = context.Request.Query;
        int? year = null;
        if (query.TryGetValue("year", out var yearText))
        {
            if (!int.TryParse(yearText.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed < CustomerTransactionsQuery.MinYear)
            {
                return FakeResults.BadRequest($"year must be an integer of {CustomerTransactionsQuery.MinYear} or later; got '{yearText}'");
            }

            year = parsed;
        }

        var id = FakeRoutes.RouteValue(context, "id");
        var transactions = state.FindTransactions(id, year, Value(query, "brand_id"), Value(query, "reward_id"), Value(query, "type"));
        return transactions is null ? NotFound(id) : FakeResults.Data(transactions, FakeJsonContext.Default.FakeEnvelopeListTransaction);
    }

    /// <summary>Answers the gift cards a test gave the customer.</summary>
    public IResult GetGiftCards(HttpContext context)
    {
        var id = FakeRoutes.RouteValue(context, "id");
        return state.FindGiftCards(id) is { } cards ? FakeResults.Data(cards, FakeJsonContext.Default.FakeEnvelopeListGiftCard) : NotFound(id);
    }

    /// <summary>Answers the customer's code for the campaign: created the first time, the same afterwards.</summary>
    public async Task<IResult> RequestReferralCodeAsync(HttpContext context)
    {
        var (request, error) = await FakeResults.ReadBodyAsync(context, FakeJsonContext.Default.RequestReferralCodeRequest).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (string.IsNullOrWhiteSpace(request!.CampaignId))
        {
            return FakeResults.BadRequest("campaign_id is required");
        }

        var id = FakeRoutes.RouteValue(context, "id");
        return state.RequestReferralCode(id, request.CampaignId) is { } code
            ? FakeResults.Data(code, FakeJsonContext.Default.FakeEnvelopeReferralCode)
            : NotFound(id);
    }

    private static string? Value(IQueryCollection query, string name) => query.TryGetValue(name, out var value) ? value.ToString() : null;

    private static IResult NotFound(string id) => FakeResults.NotFound($"Customer '{id}' not found");
}
