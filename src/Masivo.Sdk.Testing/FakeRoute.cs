using Masivo.Sdk.Internal;
using Masivo.Sdk.Testing.Internal;

namespace Masivo.Sdk.Testing;

/// <summary>
/// A route of the fake Masivo server: one endpoint of the API, named, with its HTTP method and path
/// template exactly as the SDK declares them. Compare routes with <c>==</c>; each exists once.
/// </summary>
/// <remarks>
/// The routes are read from the SDK's own endpoint descriptors, so the fake serves every path the
/// client calls, spelled the same way. New routes are added as new static properties.
/// </remarks>
public sealed class FakeRoute
{
    /// <summary>Creates a route; the API's routes are the static properties, read from the SDK's descriptors.</summary>
    internal FakeRoute(string name, string method, string template, bool isMigration = false)
    {
        Name = name;
        Method = method;
        Template = template;
        IsMigration = isMigration;
        Segments = FakeRouteSegment.Parse(template);
    }

    /// <summary>Gets the route of a request that matches no route of the API.</summary>
    public static FakeRoute Unknown { get; } = new("unknown", string.Empty, string.Empty, isMigration: false);

    /// <summary>Gets <c>GET auth/authorize</c>: exchange an API key for a token.</summary>
    public static FakeRoute Authorize { get; } = From(AuthEndpoints.Authorize);

    /// <summary>Gets <c>GET contacts</c>: search contacts.</summary>
    public static FakeRoute SearchContacts { get; } = From(ContactsEndpoints.Search);

    /// <summary>Gets <c>POST contacts/migrate</c>: migrate a batch of contacts.</summary>
    public static FakeRoute MigrateContacts { get; } = From(ContactsEndpoints.Migrate.Batch);

    /// <summary>Gets <c>POST contacts</c>: create a contact.</summary>
    public static FakeRoute CreateContact { get; } = From(ContactsEndpoints.Create);

    /// <summary>Gets <c>PUT contacts/{id}</c>: update a contact.</summary>
    public static FakeRoute UpdateContact { get; } = From(ContactsEndpoints.Update);

    /// <summary>Gets <c>POST customers/migrate/events</c>: migrate customers' past events.</summary>
    public static FakeRoute MigrateCustomerEvents { get; } = From(CustomersEndpoints.MigrateEvents.Batch);

    /// <summary>Gets <c>POST customers/migrate/transactions</c>: migrate customers' past transactions.</summary>
    public static FakeRoute MigrateCustomerTransactions { get; } = From(CustomersEndpoints.MigrateTransactions.Batch);

    /// <summary>Gets <c>POST customers</c>: create a customer.</summary>
    public static FakeRoute CreateCustomer { get; } = From(CustomersEndpoints.Create);

    /// <summary>Gets <c>GET customers/{id}</c>: get a customer with its wallet.</summary>
    public static FakeRoute GetCustomer { get; } = From(CustomersEndpoints.Get);

    /// <summary>Gets <c>PATCH customers/{id}</c>: update a customer.</summary>
    public static FakeRoute UpdateCustomer { get; } = From(CustomersEndpoints.Update);

    /// <summary>Gets <c>PATCH customers/{id}/tags</c>: add or change a customer's tags.</summary>
    public static FakeRoute SetCustomerTags { get; } = From(CustomersEndpoints.SetTags);

    /// <summary>Gets <c>DELETE customers/{id}/tags</c>: remove tags from a customer.</summary>
    public static FakeRoute RemoveCustomerTags { get; } = From(CustomersEndpoints.RemoveTags);

    /// <summary>Gets <c>GET customers/{id}/consent</c>: get a customer's consent.</summary>
    public static FakeRoute GetCustomerConsent { get; } = From(CustomersEndpoints.GetConsent);

    /// <summary>Gets <c>PATCH customers/{id}/consent</c>: record a customer's consent.</summary>
    public static FakeRoute UpdateCustomerConsent { get; } = From(CustomersEndpoints.UpdateConsent);

    /// <summary>Gets <c>PATCH customers/{id}/identify/anonymous</c>: identify an anonymous customer.</summary>
    public static FakeRoute IdentifyAnonymousCustomer { get; } = From(CustomersEndpoints.IdentifyAnonymous);

    /// <summary>Gets <c>PATCH customers/{id}/devices</c>: register a device for a customer's push notifications.</summary>
    public static FakeRoute RegisterCustomerDevice { get; } = From(CustomersEndpoints.RegisterDevice);

    /// <summary>Gets <c>DELETE customers/{id}/devices</c>: remove a customer's devices.</summary>
    public static FakeRoute RemoveCustomerDevices { get; } = From(CustomersEndpoints.RemoveDevices);

    /// <summary>Gets <c>GET customers/{id}/transactions</c>: get a customer's transactions.</summary>
    public static FakeRoute GetCustomerTransactions { get; } = From(CustomersEndpoints.GetTransactions);

    /// <summary>Gets <c>GET customers/{id}/rewards/gift-cards</c>: get a customer's gift cards.</summary>
    public static FakeRoute GetCustomerGiftCards { get; } = From(CustomersEndpoints.GetGiftCards);

    /// <summary>Gets <c>POST customers/{id}/referrals/request-code</c>: get or create a customer's referral code.</summary>
    public static FakeRoute RequestReferralCode { get; } = From(CustomersEndpoints.RequestReferralCode);

    /// <summary>Gets <c>POST customers/migrate</c>: migrate a batch of customers.</summary>
    public static FakeRoute MigrateCustomers { get; } = From(CustomersEndpoints.Migrate.Batch);

    /// <summary>Gets <c>POST coupons/redeem</c>: redeem a coupon.</summary>
    public static FakeRoute RedeemCoupon { get; } = From(CouponsEndpoints.Redeem);

    /// <summary>Gets <c>POST behavior/events</c>: send a behavior event.</summary>
    public static FakeRoute SendEvent { get; } = From(EventsEndpoints.Send);

    /// <summary>Gets <c>PATCH behavior/events/{id}/fulfill</c>: fulfil an unfulfilled event.</summary>
    public static FakeRoute FulfillEvent { get; } = From(EventsEndpoints.Fulfill);

    /// <summary>Gets <c>POST behavior/events/{id}/reverse</c>: reverse (or cancel) an event.</summary>
    public static FakeRoute ReverseEvent { get; } = From(EventsEndpoints.Reverse);

    /// <summary>Gets <c>PUT events/redeem/preview</c>: preview an order's redemptions.</summary>
    public static FakeRoute PreviewRedemption { get; } = From(EventsEndpoints.PreviewRedemption);

    /// <summary>Gets <c>POST customers/fulfill_expired_events</c>: fulfil again the expired events of a window.</summary>
    public static FakeRoute FulfillExpiredEvents { get; } = From(EventsEndpoints.FulfillExpired);

    /// <summary>Gets <c>GET rewards</c>: list rewards, a <c>from</c>/<c>to</c> range at a time.</summary>
    public static FakeRoute ListRewards { get; } = From(RewardsEndpoints.List);

    /// <summary>Gets <c>GET rewards/{id}</c>: get a reward.</summary>
    public static FakeRoute GetReward { get; } = From(RewardsEndpoints.Get);

    /// <summary>Gets <c>POST rewards</c>: create a reward.</summary>
    public static FakeRoute CreateReward { get; } = From(RewardsEndpoints.Create);

    /// <summary>Gets <c>GET tiers</c>: list tiers.</summary>
    public static FakeRoute ListTiers { get; } = From(TiersEndpoints.List);

    /// <summary>Gets <c>GET campaigns</c>: list campaigns, a <c>from</c>/<c>to</c> range at a time.</summary>
    public static FakeRoute ListCampaigns { get; } = From(CampaignsEndpoints.List);

    /// <summary>Gets <c>GET campaigns/{id}</c>: get a campaign.</summary>
    public static FakeRoute GetCampaign { get; } = From(CampaignsEndpoints.Get);

    /// <summary>Gets <c>POST campaigns</c>: create a campaign.</summary>
    public static FakeRoute CreateCampaign { get; } = From(CampaignsEndpoints.Create);

    /// <summary>Gets <c>GET transactions</c>: the account's transactions of a day, a cursor page at a time.</summary>
    public static FakeRoute ListTransactions { get; } = From(TransactionsEndpoints.List);

    /// <summary>Gets <c>POST auth/totp</c>: create a one-time code.</summary>
    public static FakeRoute CreateTotp { get; } = From(TotpEndpoints.Create);

    /// <summary>Gets <c>GET auth/totp/verify</c>: verify a one-time code.</summary>
    public static FakeRoute VerifyTotp { get; } = From(TotpEndpoints.Verify);

    /// <summary>Gets every route of the API the fake server serves; <see cref="Unknown"/> is not among them.</summary>
    public static IReadOnlyList<FakeRoute> All { get; } =
        Array.AsReadOnly([
            Authorize, SearchContacts, MigrateContacts, CreateCustomer, GetCustomer, MigrateCustomers, RedeemCoupon,
            UpdateCustomer, SetCustomerTags, RemoveCustomerTags, GetCustomerConsent, UpdateCustomerConsent, IdentifyAnonymousCustomer,
            RegisterCustomerDevice, RemoveCustomerDevices, GetCustomerTransactions, GetCustomerGiftCards, RequestReferralCode,
            SendEvent, FulfillEvent, ReverseEvent, PreviewRedemption, FulfillExpiredEvents,
            ListRewards, GetReward, CreateReward, ListTiers, ListCampaigns, GetCampaign, CreateCampaign, ListTransactions,
            CreateTotp, VerifyTotp, CreateContact, UpdateContact, MigrateCustomerEvents, MigrateCustomerTransactions,
        ]);

    /// <summary>Gets the name of the SDK operation the route serves, such as <c>coupons.redeem</c>; <c>unknown</c> for <see cref="Unknown"/>.</summary>
    public string Name { get; }

    /// <summary>Gets the HTTP method, such as <c>POST</c>; empty for <see cref="Unknown"/>.</summary>
    public string Method { get; }

    /// <summary>
    /// Gets the path relative to the API's base, with each parameter in braces, such as
    /// <c>customers/{id}</c>; empty for <see cref="Unknown"/>. A parameter matches one path segment,
    /// whose value is in <see cref="FakeServerRequest.RouteValues"/>.
    /// </summary>
    public string Template { get; }

    /// <summary>Gets a value indicating whether Masivo's migration limiter applies to the route.</summary>
    internal bool IsMigration { get; }

    /// <summary>Gets the template's segments, in order.</summary>
    internal IReadOnlyList<FakeRouteSegment> Segments { get; }

    /// <summary>Returns the method and template.</summary>
    /// <returns>For example <c>GET customers/{id}</c>; <c>Unknown</c> for <see cref="Unknown"/>.</returns>
    public override string ToString() => ReferenceEquals(this, Unknown) ? nameof(Unknown) : $"{Method} {Template}";

    private static FakeRoute From(MasivoEndpoint endpoint) => new(endpoint.Name, endpoint.Method, endpoint.PathTemplate, endpoint.IsMigration);
}
