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
    private static readonly SeedRequest MigrateEvents = new("customers-migrate-events.request.json", CustomersEndpoints.MigrateEvents.BodyJson);
    private static readonly SeedRequest MigrateTransactions = new("customers-migrate-transactions.request.json", CustomersEndpoints.MigrateTransactions.BodyJson);
    private static readonly SeedRequest CreateContact = new("contacts-create.request.json", MasivoJsonContext.Default.CreateContactRequest);
    private static readonly SeedRequest UpdateContact = new("contacts-update.request.json", MasivoJsonContext.Default.UpdateContactRequest);
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
    private static readonly SeedRequest CreateReward = new("rewards-create.request.json", MasivoJsonContext.Default.CreateRewardRequest);
    private static readonly SeedRequest CreateCampaign = new("campaigns-create.request.json", MasivoJsonContext.Default.CreateCampaignRequest);
    private static readonly SeedRequest CreateTotp = new("totp-create.request.json", MasivoJsonContext.Default.TotpCodeBody);

    /// <summary>A catalogue id that needs escaping in a path, like <see cref="CustomerId"/>.</summary>
    private const string CatalogueId = "id 9/é";

    private const string EscapedCatalogueId = "id%209%2F%C3%A9";

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
            Endpoint = ContactsEndpoints.Create,
            Call = static (client, ct) => client.Contacts.CreateAsync(CreateContact.Read<CreateContactRequest>(), ct),
            Sends = "POST contacts",
            Body = CreateContact,
            Answer = Seed.Text("contacts-create.response.json"),
        },
        new()
        {
            Endpoint = ContactsEndpoints.Update,
            Call = static (client, ct) => client.Contacts.UpdateAsync("contact 42/ü", UpdateContact.Read<UpdateContactRequest>(), ct),
            Sends = "PUT contacts/contact%2042%2F%C3%BC",
            Body = UpdateContact,
            Answer = Seed.Text("contacts-update.response.json"),
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
            Endpoint = CustomersEndpoints.MigrateEvents.Batch,
            Call = static (client, ct) => client.Customers.MigrateEventsAsync(MigrateEvents.Read<CustomerEventsMigrationBatch>().Customers, cancellationToken: ct),
            Sends = "POST customers/migrate/events",
            Body = MigrateEvents,
            Answer = Seed.Text("customers-migrate-events.response.json"),
            AnswerStatus = 201,
        },
        new()
        {
            Endpoint = CustomersEndpoints.MigrateTransactions.Batch,
            Call = static (client, ct) => client.Customers.MigrateTransactionsAsync(MigrateTransactions.Read<CustomerTransactionsMigrationBatch>().Customers, cancellationToken: ct),
            Sends = "POST customers/migrate/transactions",
            Body = MigrateTransactions,
            Answer = Seed.Text("customers-migrate-transactions.response.json"),
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
        // The catalogue (masivo-api-reference §3.4–3.6). A list row reads the seed's one page: fewer rows than the page
        // size asked, so one request (paging across pages has its own tests).
        new()
        {
            Endpoint = RewardsEndpoints.List,
            Call = static (client, ct) => client.Rewards.ListAsync(new RewardListQuery { PageSize = 50, BrandId = "brand 1&2", Type = RewardType.Points }, ct).CollectAsync(ct),
            Sends = "GET rewards?from=0&to=49&brand_id=brand%201%262&type=POINTS",
            Answer = Seed.Text("rewards-list.response.json"),
        },
        new()
        {
            Endpoint = RewardsEndpoints.Get,
            Call = static (client, ct) => client.Rewards.GetAsync(CatalogueId, ct),
            Sends = $"GET rewards/{EscapedCatalogueId}",
            Answer = Seed.Text("rewards-get.response.json"),
        },
        new()
        {
            Endpoint = RewardsEndpoints.Create,
            Call = static (client, ct) => client.Rewards.CreateAsync(CreateReward.Read<CreateRewardRequest>(), ct),
            Sends = "POST rewards",
            Body = CreateReward,
            Answer = Seed.Text("rewards-create.response.json"),
            AnswerStatus = 201,
        },
        new()
        {
            Endpoint = TiersEndpoints.List,
            Call = static (client, ct) => client.Tiers.ListAsync(ct),
            Sends = "GET tiers",
            Answer = Seed.Text("tiers-list.response.json"),
        },
        new()
        {
            Endpoint = CampaignsEndpoints.List,
            Call = static (client, ct) => client.Campaigns.ListAsync(
                new CampaignListQuery
                {
                    PageSize = 10,
                    Type = CampaignType.Coupons,
                    BrandId = "b1",
                    CustomerId = "customer 42",
                    Status = CampaignStatus.NotFinished,
                    Labels = ["summer", "vip"],
                    FundedBy = "MARKETING",
                    IncludeCodesSummary = true,
                },
                ct).CollectAsync(ct),
            Sends = "GET campaigns?from=0&to=9&type=COUPONS&brand_id=b1&customer_id=customer%2042&status=NOT%20FINISHED&labels=summer%2Cvip&funded_by=MARKETING&includes=CODES_SUMMARY",
            Answer = Seed.Text("campaigns-list.response.json"),
        },
        new()
        {
            Endpoint = CampaignsEndpoints.Get,
            Call = static (client, ct) => client.Campaigns.GetAsync(CatalogueId, new CampaignGetQuery { CustomerId = "c1", IncludeCodesSummary = true }, ct),
            Sends = $"GET campaigns/{EscapedCatalogueId}?customer_id=c1&includes=CODES_SUMMARY",
            Answer = Seed.Text("campaigns-get.response.json"),
        },
        new()
        {
            // The seed has no dates: the SDK checks start_date against the clock (CatalogueWireTests covers the dates).
            Endpoint = CampaignsEndpoints.Create,
            Call = static (client, ct) => client.Campaigns.CreateAsync(CreateCampaign.Read<CreateCampaignRequest>(), ct),
            Sends = "POST campaigns?type=BEHAVIOR",
            Body = CreateCampaign,
            Answer = Seed.Text("campaigns-create.response.json"),
            AnswerStatus = 201,
        },

        // Account transactions (§3.7): one day, every filter; the seed's page is short, so one request.
        new()
        {
            Endpoint = TransactionsEndpoints.List,
            Call = static (client, ct) => client.Transactions.ListAsync(
                new TransactionListQuery
                {
                    Date = new DateOnly(2024, 7, 31),
                    BrandId = "brand 1&2",
                    RewardId = "r1",
                    CampaignId = "c1",
                    EventId = "e1",
                    Type = TransactionType.Redemption,
                    FundedBy = "MARKETING",
                },
                ct).CollectAsync(ct),
            Sends = "GET transactions?date=31-07-2024&brand_id=brand%201%262&reward_id=r1&campaign_id=c1&event_id=e1&type=REDEMPTION&funded_by=MARKETING",
            Answer = Seed.Text("transactions-list.response.json"),
        },

        // One-time codes (§3.1). The verify's query name, code, is inferred from a client of the API.
        new()
        {
            Endpoint = TotpEndpoints.Create,
            Call = static (client, ct) => client.Totp.CreateAsync("<string>", [], ct),
            Sends = "POST auth/totp",
            Body = CreateTotp,
            Answer = Seed.Text("totp-create.response.json"),
            AnswerStatus = 201,
        },
        new()
        {
            Endpoint = TotpEndpoints.Verify,
            Call = static (client, ct) => client.Totp.VerifyAsync("12 34&", ct),
            Sends = "GET auth/totp/verify?code=12%2034%26",
            Answer = Seed.Text("totp-verify.response.json"),
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
