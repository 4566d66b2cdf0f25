using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Testing.Internal;

/// <summary>
/// <see cref="FakeRoute.ListTransactions"/>: every customer's transactions issued on the <c>date</c> asked (<c>DD-MM-YYYY</c>,
/// UTC), filtered, ordered by id and paged as Masivo documents it: at most 1,000 rows, those whose id is after the <c>cursor</c>.
/// </summary>
internal sealed class TransactionsHandlers(FakeState state) : IFakeHandlers
{
    /// <inheritdoc/>
    public IReadOnlyDictionary<FakeRoute, RequestDelegate> Routes => new Dictionary<FakeRoute, RequestDelegate>
    {
        [FakeRoute.ListTransactions] = FakeEndpoint.Handle(List),
    };

    public IResult List(HttpContext context)
    {
        var query = context.Request.Query;
        var dateText = Value(query, "date");
        if (!DateOnly.TryParseExact(dateText, "dd-MM-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return FakeResults.BadRequest($"date is required, as DD-MM-YYYY; got '{dateText}'");
        }

        var filter = new TransactionFilter(
            Value(query, "brand_id"), Value(query, "reward_id"), Value(query, "campaign_id"), Value(query, "event_id"), Value(query, "type"), Value(query, "funded_by"));
        var page = state.ListAccountTransactions(date, Value(query, "cursor"), filter);
        return FakeResults.Data(page, FakeJsonContext.Default.FakeEnvelopeListTransaction);
    }

    private static string? Value(IQueryCollection query, string name) => query.TryGetValue(name, out var value) ? value.ToString() : null;
}
