using Masivo.Sdk.Internal;
using Masivo.Sdk.Tests.Support;

namespace Masivo.Sdk.Tests.Endpoints;

/// <summary>
/// The endpoint table: one row per SDK endpoint descriptor. The fault matrix
/// (<see cref="Resilience.FaultMatrixTests"/>) and the wire-shape test (<see cref="EndpointWireTests"/>) run
/// every row, and a convention test (<see cref="Conventions.EndpointDescriptorConventions"/>) fails until
/// every descriptor has one. To add an endpoint: add its row here, with its seeds in <c>Seeds/</c>.
/// </summary>
internal static class EndpointCases
{
    public const string AccessToken = "table-bearer-token";
    public const string ApiKey = "table-api-key";
    public const string AccountId = "acct-table";

    /// <summary>An id that needs escaping in a path: a space, a slash and a non-ASCII letter.</summary>
    public const string CustomerId = "customer 42/ü";

    /// <summary>The token <c>auth/authorize</c> answers: a JWT that expires in a day.</summary>
    public static readonly string Token = TestJwt.Create(DateTimeOffset.UtcNow.AddDays(1), "table");

    /// <summary>The headers of every API request (<c>auth/authorize</c> excepted), as <see cref="MasivoHeadersHandler"/> and the bearer token set them.</summary>
    public static readonly IReadOnlyDictionary<string, string?> ApiHeaders = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
    {
        ["Authorization"] = "Bearer " + AccessToken,
        ["x-account-id"] = AccountId,
        ["x-timezone"] = "UTC",
        ["x-api-key"] = null,
    };

    private static readonly SeedRequest CreateCustomer = new("customers-create.request.json", MasivoJsonContext.Default.CreateCustomerRequest);
    private static readonly SeedRequest RedeemCoupon = new("coupons-redeem.request.json", MasivoJsonContext.Default.RedeemCouponRequest);
    private static readonly SeedRequest MigrateContacts = new("contacts-migrate.request.json", ContactsEndpoints.Migrate.BodyJson);
    private static readonly SeedRequest MigrateCustomers = new("customers-migrate.request.json", CustomersEndpoints.Migrate.BodyJson);
    private static readonly SeedRequest UpdateCustomer = new("customers-update.request.json", MasivoJsonContext.Default.UpdateCustomerRequest);
    private static readonly SeedRequest SetTags = new("customers-set-tags.request.json", MasivoJsonContext.Default.CustomerTagsBody);
    private static readonly SeedRequest RemoveTags = new("customers-remove-tags.request.json", MasivoJsonContext.Default.CustomerTagNamesBody);
    private static readonly SeedRequest UpdateConsent = new("customers-update-consent.request.json", MasivoJsonContext.Default.CustomerConsentBody);
    private static readonly SeedRequest IdentifyAnonymous = new("customers-identify-anonymous.request.json", MasivoJsonContext.Default.IdentifyCustomerRequest);
    private static readonly SeedRequest RegisterDevice = new("customers-register-device.request.json", MasivoJsonContext.Default.RegisterDeviceRequest);
    private static readonly SeedRequest RequestReferralCode = new("customers-request-referral-code.request.json", MasivoJsonContext.Default.RequestReferralCodeRequest);
    private static readonly SeedRequest SendEvent = new("events-send.request.json", MasivoJsonContext.Default.SendEventRequest);
    private static readonly SeedRequest ReverseEvent = new("events-reverse.request.json", MasivoJsonContext.Default.ReverseEventBody);
    private static readonly SeedRequest PreviewRedemption = new("events-preview-redemption.request.json", MasivoJsonContext.Default.PreviewRedemptionRequest);
    private static readonly SeedRequest FulfillExpiredEvents = new("events-fulfill-expired.request.json", MasivoJsonContext.Default.FulfillExpiredEventsWindow);

    /// <summary>An event id that needs escaping in a path, like <see cref="CustomerId"/>.</summary>
    public const string EventId = "event 7/ñ";

    private const string EscapedEventId = "event%207%2F%C3%B1";

    /// <summary>The window of the documented <c>fulfill_expired_events</c> example.</summary>
    private static readonly DateTimeOffset ExpiredFrom = new(2023, 11, 7, 5, 31, 56, TimeSpan.Zero);

    public static IReadOnlyList<EndpointCase> All { get; } =
    [
        // The token exchange has no public method: every call of a client configured with an API key sends it
        // first, so it gets a row (and every fault) like any endpoint, reached through the customers.get call.
        // Its request carries the key and none of the API headers (it has a pipeline of its own).
        new()
        {
            Endpoint = AuthEndpoints.Authorize,
            Call = static (client, ct) => client.Customers.GetAsync(CustomerId, ct),
            Credential = EndpointCredential.ApiKey,
            Sends = "GET auth/authorize",
            Answer = $$"""{"data":"{{Token}}"}""", // masivo-api-reference §1.1: { "data": "<JWT>" }
            Headers = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
            {
                ["x-api-key"] = ApiKey,
                ["Authorization"] = null,
                ["x-account-id"] = null,
                ["x-timezone"] = null,
            },
        },
        new()
        {
            Endpoint = ContactsEndpoints.Search,
            Call = static (client, ct) => client.Contacts.SearchAsync(new ContactSearchQuery { Email = "jsmith@example.com", ExternalId = "ext 1&2" }, ct),
            Sends = "GET contacts?external_id=ext%201%262&email=jsmith%40example.com",
            Answer = Seed.ContactsSearchResponse(),
        },
        new()
        {
            Endpoint = ContactsEndpoints.Migrate.Batch,
            Call = static (client, ct) => client.Contacts.MigrateAsync(MigrateContacts.Read<ContactMigrationBatch>().Contacts, cancellationToken: ct),
            Sends = "POST contacts/migrate",
            Body = MigrateContacts,
            Answer = Seed.Text("contacts-migrate.response.json"),
        },
        new()
        {
            Endpoint = CustomersEndpoints.Create,
            Call = static (client, ct) => client.Customers.CreateAsync(CreateCustomer.Read<CreateCustomerRequest>(), ct),
            Sends = "POST customers",
            Body = CreateCustomer,
            Answer = Seed.Text("customers-create.response.json"),
            AnswerStatus = 201,
        },
        new()
        {
            Endpoint = CustomersEndpoints.Get,
            Call = static (client, ct) => client.Customers.GetAsync(CustomerId, ct),
            Sends = "GET customers/customer%2042%2F%C3%BC",

            // Documented as the same { data: { customer, wallet } } as the create's answer (masivo-api-reference §3.2).
            Answer = Seed.Text("customers-create.response.json"),
        },
        new()
        {
            Endpoint = CustomersEndpoints.Migrate.Batch,
            Call = static (client, ct) => client.Customers.MigrateAsync(MigrateCustomers.Read<CustomerMigrationBatch>().Customers, cancellationToken: ct),
            Sends = "POST customers/migrate",
            Body = MigrateCustomers,
            Answer = Seed.Text("customers-migrate.response.json"),
        },
        new()
        {
            Endpoint = CustomersEndpoints.Update,
            Call = static (client, ct) => client.Customers.UpdateAsync(CustomerId, UpdateCustomer.Read<UpdateCustomerRequest>(), ct),
            Sends = "PATCH customers/customer%2042%2F%C3%BC",
            Body = UpdateCustomer,
            Answer = Seed.Text("customers-update.response.json"),
        },
        new()
        {
            Endpoint = CustomersEndpoints.SetTags,
            Call = static (client, ct) => client.Customers.SetTagsAsync(CustomerId, SetTags.Read<CustomerTagsBody>().Tags, ct),
            Sends = "PATCH customers/customer%2042%2F%C3%BC/tags",
            Body = SetTags,
            Answer = Seed.Text("customers-set-tags.response.json"),
        },
        new()
        {
            // The reference shows no body for the names; the SDK sends them as {"tags": [...]} (see CustomerTagNamesBody).
            Endpoint = CustomersEndpoints.RemoveTags,
            Call = static (client, ct) => client.Customers.RemoveTagsAsync(CustomerId, RemoveTags.Read<CustomerTagNamesBody>().Tags, ct),
            Sends = "DELETE customers/customer%2042%2F%C3%BC/tags",
            Body = RemoveTags,
            Answer = Seed.Text("customers-remove-tags.response.json"), // the newest mirror's shape: phone, phone_verified, reward platforms
        },
        new()
        {
            Endpoint = CustomersEndpoints.GetConsent,
            Call = static (client, ct) => client.Customers.GetConsentAsync(CustomerId, ct),
            Sends = "GET customers/customer%2042%2F%C3%BC/consent",
            Answer = Seed.Text("customers-get-consent.response.json"),
        },
        new()
        {
            Endpoint = CustomersEndpoints.UpdateConsent,
            Call = static (client, ct) => client.Customers.UpdateConsentAsync(CustomerId, UpdateConsent.Read<CustomerConsentBody>().Consent!, ct),
            Sends = "PATCH customers/customer%2042%2F%C3%BC/consent",
            Body = UpdateConsent,
            Answer = Seed.Text("customers-update-consent.response.json"),
        },
        new()
        {
            Endpoint = CustomersEndpoints.IdentifyAnonymous,
            Call = static (client, ct) => client.Customers.IdentifyAnonymousAsync(CustomerId, IdentifyAnonymous.Read<IdentifyCustomerRequest>(), ct),
            Sends = "PATCH customers/customer%2042%2F%C3%BC/identify/anonymous",
            Body = IdentifyAnonymous,
            Answer = Seed.Text("customers-identify-anonymous.response.json"),
        },
        new()
        {
            Endpoint = CustomersEndpoints.RegisterDevice,
            Call = static (client, ct) => client.Customers.RegisterDeviceAsync(CustomerId, RegisterDevice.Read<RegisterDeviceRequest>(), ct),
            Sends = "PATCH customers/customer%2042%2F%C3%BC/devices",
            Body = RegisterDevice,
            Answer = Seed.Text("customers-register-device.response.json"),
        },
        new()
        {
            // Documented only in a guide (it empties the customer's devices); its answer is not read.
            Endpoint = CustomersEndpoints.RemoveDevices,
            Call = static (client, ct) => client.Customers.RemoveDevicesAsync(CustomerId, ct),
            Sends = "DELETE customers/customer%2042%2F%C3%BC/devices",
            Answer = """{"data":{"message":"Device tokens removed successfully"}}""",
        },
        new()
        {
            Endpoint = CustomersEndpoints.GetTransactions,
            Call = static (client, ct) => client.Customers.GetTransactionsAsync(
                CustomerId,
                new CustomerTransactionsQuery { Year = 2024, BrandId = "brand 1&2", RewardId = "3c90c3cc-0d44-4b50-8888-8dd25736052a", Type = TransactionType.Accumulation },
                ct),
            Sends = "GET customers/customer%2042%2F%C3%BC/transactions?year=2024&brand_id=brand%201%262&reward_id=3c90c3cc-0d44-4b50-8888-8dd25736052a&type=ACCUMULATION",
            Answer = Seed.Text("customers-get-transactions.response.json"),
        },
        new()
        {
            Endpoint = CustomersEndpoints.GetGiftCards,
            Call = static (client, ct) => client.Customers.GetGiftCardsAsync(CustomerId, ct),
            Sends = "GET customers/customer%2042%2F%C3%BC/rewards/gift-cards",
            Answer = Seed.Text("customers-get-gift-cards.response.json"),
        },
        new()
        {
            Endpoint = CustomersEndpoints.RequestReferralCode,
            Call = static (client, ct) => client.Customers.RequestReferralCodeAsync(CustomerId, RequestReferralCode.Read<RequestReferralCodeRequest>(), ct),
            Sends = "POST customers/customer%2042%2F%C3%BC/referrals/request-code",
            Body = RequestReferralCode,
            Answer = Seed.Text("customers-request-referral-code.response.json"),
        },
        new()
        {
            Endpoint = CouponsEndpoints.Redeem,
            Call = static (client, ct) => client.Coupons.RedeemAsync(RedeemCoupon.Read<RedeemCouponRequest>(), ct),
            Sends = "POST coupons/redeem",
            Body = RedeemCoupon,
            Answer = Seed.Text("coupons-redeem.response.json"),
        },

        // Behavior events (masivo-api-reference §3.3). The send seed has no issued_at: the SDK checks it against
        // the clock, so a fixed one would be refused (EventsWireTests covers it).
        new()
        {
            Endpoint = EventsEndpoints.Send,
            Call = static (client, ct) => client.Events.SendAsync(SendEvent.Read<SendEventRequest>(), ct),
            Sends = "POST behavior/events",
            Body = SendEvent,
            Answer = Seed.Text("events-send.response.json"),
        },
        new()
        {
            Endpoint = EventsEndpoints.Fulfill,
            Call = static (client, ct) => client.Events.FulfillAsync(EventId, ct),
            Sends = $"PATCH behavior/events/{EscapedEventId}/fulfill",
            Answer = Seed.Text("events-send.response.json"), // the same { data: BehaviorEvent }
        },
        new()
        {
            Endpoint = EventsEndpoints.Reverse,
            Call = static (client, ct) => client.Events.ReverseAsync(EventId, "Order returned", ct),
            Sends = $"POST behavior/events/{EscapedEventId}/reverse",
            Body = ReverseEvent,
            Answer = Seed.Text("events-send.response.json"),
        },
        new()
        {
            Endpoint = EventsEndpoints.PreviewRedemption,
            Call = static (client, ct) => client.Events.PreviewRedemptionAsync(PreviewRedemption.Read<PreviewRedemptionRequest>(), ct),
            Sends = "PUT events/redeem/preview",
            Body = PreviewRedemption,
            Answer = Seed.Text("events-preview-redemption.response.json"),
        },
        new()
        {
            Endpoint = EventsEndpoints.FulfillExpired,
            Call = static (client, ct) => client.Events.FulfillExpiredAsync(ExpiredFrom, ExpiredFrom.AddYears(1), ct),
            Sends = "POST customers/fulfill_expired_events",
            Body = FulfillExpiredEvents,
            Answer = Seed.Text("events-fulfill-expired.response.json"),
        },
    ];

    /// <summary>The row of the endpoint named <paramref name="name"/>.</summary>
    public static EndpointCase Named(string name) =>
        All.SingleOrDefault(row => row.Name == name) ?? throw new ArgumentException($"The endpoint table has no row named {name}.", nameof(name));

    /// <summary>The row whose request is <paramref name="method"/> <paramref name="target"/>, if any.</summary>
    public static EndpointCase? Sending(string method, string target) =>
        All.SingleOrDefault(row => row.Method == method && row.Target == target);

    /// <summary>Every row's name, for a theory over the table.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var row in All)
        {
            data.Add(row.Name);
        }

        return data;
    }
}
