namespace Masivo.Sdk.Testing;

/// <summary>The routes of the fake Masivo server.</summary>
public enum FakeRoute
{
    /// <summary>A request to no known route.</summary>
    Unknown,

    /// <summary><c>GET auth/authorize</c>: exchange an API key for a token.</summary>
    Authorize,

    /// <summary><c>GET contacts</c>: search contacts.</summary>
    SearchContacts,

    /// <summary><c>POST contacts/migrate</c>: migrate a batch of contacts.</summary>
    MigrateContacts,

    /// <summary><c>POST customers</c>: create a customer.</summary>
    CreateCustomer,

    /// <summary><c>POST customers/migrate</c>: migrate a batch of customers.</summary>
    MigrateCustomers,

    /// <summary><c>POST coupons/redeem</c>: redeem a coupon.</summary>
    RedeemCoupon,
}
