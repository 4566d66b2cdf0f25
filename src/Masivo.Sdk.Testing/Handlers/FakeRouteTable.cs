using System.Collections.Frozen;
using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Testing.Internal;

/// <summary>
/// The one place routes meet behaviour: each <see cref="FakeRoute"/> of the API and the handler that
/// answers it. ASP.NET Core sees a single terminal handler, <see cref="DispatchAsync"/>, which answers
/// through this table by the route <see cref="FakeRoutes"/> matched; paths and methods live only in
/// the SDK's endpoint descriptors, from which the routes are read.
/// </summary>
internal sealed class FakeRouteTable
{
    private static readonly RequestDelegate NoSuchRoute = FakeEndpoint.Handle(_ => FakeResults.NotFound("No such route"));

    private readonly FrozenDictionary<FakeRoute, RequestDelegate> _handlers;

    private FakeRouteTable(Dictionary<FakeRoute, RequestDelegate> handlers)
    {
        var unserved = FakeRoute.All.Where(route => !handlers.ContainsKey(route)).ToList();
        if (unserved.Count > 0)
        {
            throw new InvalidOperationException("The fake server has no handler for " + string.Join(", ", unserved) + ".");
        }

        _handlers = handlers.ToFrozenDictionary();
    }

    public static FakeRouteTable Create(MasivoFakeServerOptions options, FakeState state, TokenIssuer tokens, FakeEvents events, FakeTotpCodes totpCodes)
    {
        var auth = new AuthHandlers(options, tokens);
        var contacts = new ContactsHandlers(options, state);
        var customers = new CustomersHandlers(options, state);
        var coupons = new CouponsHandlers(state);
        var customerProfiles = new CustomerProfileHandlers(state);
        var customerActivity = new CustomerActivityHandlers(state);
        var behavior = new EventsHandlers(events, new FakeRedemptionPreview(state, events.Rules));
        var catalogue = new CatalogueHandlers(state);
        var transactions = new TransactionsHandlers(state);
        var totp = new TotpHandlers(state, totpCodes);
        IFakeHandlers[] resources =
        [
            auth, contacts, new ContactChangesHandlers(state), customers, customerProfiles, customerActivity, new HistoryMigrationHandlers(state, events),
            coupons, behavior, catalogue, transactions, totp,
        ];
        return new(resources.SelectMany(resource => resource.Routes).ToDictionary());
    }

    /// <summary>Answers a request by its route's handler, or 404 when it is for no route of the API.</summary>
    public Task DispatchAsync(HttpContext context) => _handlers.GetValueOrDefault(FakeRoutes.Of(context), NoSuchRoute)(context);
}
