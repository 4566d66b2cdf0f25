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

    public static bool IsMigration(FakeRoute route) => route is FakeRoute.MigrateContacts or FakeRoute.MigrateCustomers;
}
