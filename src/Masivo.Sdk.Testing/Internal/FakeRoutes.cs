namespace Masivo.Sdk.Testing.Internal;

/// <summary>Which <see cref="FakeRoute"/> a method and a path (relative to the API's base) are.</summary>
internal static class FakeRoutes
{
    public static FakeRoute Of(string method, string path) => (method.ToUpperInvariant(), path.TrimEnd('/')) switch
    {
        ("GET", "auth/authorize") => FakeRoute.Authorize,
        ("GET", "contacts") => FakeRoute.SearchContacts,
        ("POST", "contacts/migrate") => FakeRoute.MigrateContacts,
        ("POST", "customers") => FakeRoute.CreateCustomer,
        ("POST", "customers/migrate") => FakeRoute.MigrateCustomers,
        ("POST", "coupons/redeem") => FakeRoute.RedeemCoupon,
        _ => FakeRoute.Unknown,
    };

    /// <summary>The route of a request the recorder has seen (it runs first and resolves the route once).</summary>
    public static FakeRoute Of(Microsoft.AspNetCore.Http.HttpContext context) =>
        context.Items.TryGetValue(typeof(FakeServerRequest), out var recorded) && recorded is FakeServerRequest request ? request.Route : FakeRoute.Unknown;

    public static bool IsMigration(FakeRoute route) => route is FakeRoute.MigrateContacts or FakeRoute.MigrateCustomers;
}
