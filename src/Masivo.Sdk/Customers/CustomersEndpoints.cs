using System.Globalization;
using System.Text.Json.Nodes;
using Refit;

namespace Masivo.Sdk.Internal;

/// <summary>
/// The customers endpoints, each in one place: its facts (this descriptor table) and, below, the Refit
/// method that builds its request (<see cref="ICustomersApi"/>; a convention test holds the two together).
/// </summary>
internal static class CustomersEndpoints
{
    public static readonly MasivoEndpoint<ICustomersApi, CreateCustomerRequest, CustomerWithWallet> Create = new(
        "customers.create",
        "POST",
        "customers",
        RetrySafety.OnlyIfNotProcessed,
        EndpointResponse<CustomerWithWallet>.Data(MasivoJsonContext.Default.DataEnvelopeCustomerWithWallet),
        static (api, customer, endpoint, token) => api.CreateAsync(customer, endpoint, token))
    {
        ArgumentName = "customer",
        Validate = static (customer, argument) => customer.Validate(argument),
        Advice = new Dictionary<int, string> { [409] = "A customer with this id already exists." },
    };

    public static readonly MasivoEndpoint<ICustomersApi, string, CustomerWithWallet> Get = new(
        "customers.get",
        "GET",
        "customers/{id}",
        RetrySafety.Repeatable,
        EndpointResponse<CustomerWithWallet>.Data(MasivoJsonContext.Default.DataEnvelopeCustomerWithWallet),
        static (api, customerId, endpoint, token) => api.GetAsync(customerId, endpoint, token))
    {
        ArgumentName = "customerId",
        Validate = PathSegment.Validate,
        Advice = CustomerAdvice.NotFound,
    };

    public static readonly MasivoEndpoint<ICustomersApi, ForCustomer<UpdateCustomerRequest>, CustomerWithWallet> Update = new(
        "customers.update",
        "PATCH",
        "customers/{id}",
        RetrySafety.Repeatable,
        EndpointResponse<CustomerWithWallet>.Data(MasivoJsonContext.Default.DataEnvelopeCustomerWithWallet),
        static (api, args, endpoint, token) => api.UpdateAsync(args.CustomerId, args.Value, endpoint, token))
    {
        ArgumentName = "customerId",
        Validate = static (args, argument) =>
        {
            CustomerArguments.Id(args.CustomerId, argument);
            CustomerArguments.Required(args.Value, "update").Validate("update");
        },
        Advice = CustomerAdvice.NotFound,
    };

    public static readonly MasivoEndpoint<ICustomersApi, ForCustomer<JsonObject>, CustomerWithWallet> SetTags = new(
        "customers.set_tags",
        "PATCH",
        "customers/{id}/tags",
        RetrySafety.Repeatable,
        EndpointResponse<CustomerWithWallet>.Data(MasivoJsonContext.Default.DataEnvelopeCustomerWithWallet),
        static (api, args, endpoint, token) => api.SetTagsAsync(args.CustomerId, new CustomerTagsBody(args.Value), endpoint, token))
    {
        ArgumentName = "customerId",
        Validate = static (args, argument) =>
        {
            CustomerArguments.Id(args.CustomerId, argument);
            CustomerArguments.Tags(CustomerArguments.Required(args.Value, "tags"), "tags");
        },
        Advice = CustomerAdvice.NotFound,
    };

    public static readonly MasivoEndpoint<ICustomersApi, ForCustomer<string[]>, CustomerWithWallet> RemoveTags = new(
        "customers.remove_tags",
        "DELETE",
        "customers/{id}/tags",
        RetrySafety.Repeatable,
        EndpointResponse<CustomerWithWallet>.Data(MasivoJsonContext.Default.DataEnvelopeCustomerWithWallet),
        static (api, args, endpoint, token) => api.RemoveTagsAsync(args.CustomerId, new CustomerTagNamesBody(args.Value), endpoint, token))
    {
        ArgumentName = "customerId",
        Validate = static (args, argument) =>
        {
            CustomerArguments.Id(args.CustomerId, argument);
            CustomerArguments.TagNames(CustomerArguments.Required(args.Value, "tagNames"), "tagNames");
        },
        Advice = CustomerAdvice.NotFound,
    };

    public static readonly MasivoEndpoint<ICustomersApi, string, CustomerConsent> GetConsent = new(
        "customers.get_consent",
        "GET",
        "customers/{id}/consent",
        RetrySafety.Repeatable,
        EndpointResponse<CustomerConsent>.DataMember(MasivoJsonContext.Default.DataEnvelopeCustomerConsentBody, static data => data.Consent),
        static (api, customerId, endpoint, token) => api.GetConsentAsync(customerId, endpoint, token))
    {
        ArgumentName = "customerId",
        Validate = PathSegment.Validate,
        Advice = CustomerAdvice.NotFound,
    };

    public static readonly MasivoEndpoint<ICustomersApi, ForCustomer<CustomerConsent>, CustomerConsent> UpdateConsent = new(
        "customers.update_consent",
        "PATCH",
        "customers/{id}/consent",
        RetrySafety.Repeatable,
        EndpointResponse<CustomerConsent>.DataMember(MasivoJsonContext.Default.DataEnvelopeCustomerConsentBody, static data => data.Consent),
        static (api, args, endpoint, token) => api.UpdateConsentAsync(args.CustomerId, new CustomerConsentBody { Consent = args.Value }, endpoint, token))
    {
        ArgumentName = "customerId",
        Validate = static (args, argument) =>
        {
            CustomerArguments.Id(args.CustomerId, argument);
            ModelGraph.RequireNoRepeatedMembers(CustomerArguments.Required(args.Value, "consent"), "consent");
        },
        Advice = new Dictionary<int, string>
        {
            [404] = CustomerAdvice.NoSuchCustomer,
            [422] = "Masivo found the consent invalid; the details say which part.",
        },
    };

    public static readonly MasivoEndpoint<ICustomersApi, ForCustomer<IdentifyCustomerRequest>, CustomerWithWallet> IdentifyAnonymous = new(
        "customers.identify_anonymous",
        "PATCH",
        "customers/{id}/identify/anonymous",
        RetrySafety.OnlyIfNotProcessed,
        EndpointResponse<CustomerWithWallet>.Data(MasivoJsonContext.Default.DataEnvelopeCustomerWithWallet),
        static (api, args, endpoint, token) => api.IdentifyAnonymousAsync(args.CustomerId, args.Value, endpoint, token))
    {
        ArgumentName = "customerId",
        Validate = static (args, argument) =>
        {
            CustomerArguments.Id(args.CustomerId, argument);
            CustomerArguments.Required(args.Value, "identity").Validate("identity");
        },
        Advice = new Dictionary<int, string>
        {
            [404] = "No anonymous customer is registered with this id (after an identification with new_id, the customer has the new one).",
        },
    };

    public static readonly MasivoEndpoint<ICustomersApi, ForCustomer<RegisterDeviceRequest>, CustomerWithWallet> RegisterDevice = new(
        "customers.register_device",
        "PATCH",
        "customers/{id}/devices",
        RetrySafety.Repeatable,
        EndpointResponse<CustomerWithWallet>.Data(MasivoJsonContext.Default.DataEnvelopeCustomerWithWallet),
        static (api, args, endpoint, token) => api.RegisterDeviceAsync(args.CustomerId, args.Value, endpoint, token))
    {
        ArgumentName = "customerId",
        Validate = static (args, argument) =>
        {
            CustomerArguments.Id(args.CustomerId, argument);
            CustomerArguments.Required(args.Value, "device").Validate("device");
        },
        Advice = new Dictionary<int, string>
        {
            [400] = "Masivo registers device tokens only when marketing automation (and its device_token_ttl) is enabled in the account's settings.",
            [404] = CustomerAdvice.NoSuchCustomer,
        },
    };

    public static readonly MasivoEndpoint<ICustomersApi, string, NoAnswer> RemoveDevices = new(
        "customers.remove_devices",
        "DELETE",
        "customers/{id}/devices",
        RetrySafety.Repeatable,
        EndpointResponse.Nothing,
        static (api, customerId, endpoint, token) => api.RemoveDevicesAsync(customerId, endpoint, token))
    {
        ArgumentName = "customerId",
        Validate = PathSegment.Validate,
        Advice = CustomerAdvice.NotFound,
    };

    public static readonly MasivoEndpoint<ICustomersApi, ForCustomer<CustomerTransactionsQuery?>, IReadOnlyList<Transaction>> GetTransactions = new(
        "customers.get_transactions",
        "GET",
        "customers/{id}/transactions",
        RetrySafety.Repeatable,
        EndpointResponse<IReadOnlyList<Transaction>>.Data(MasivoJsonContext.Default.DataEnvelopeIReadOnlyListTransaction),
        static (api, args, endpoint, token) => api.GetTransactionsAsync(
            args.CustomerId,
            args.Value?.Year?.ToString(CultureInfo.InvariantCulture),
            args.Value?.BrandId,
            args.Value?.RewardId,
            args.Value?.Type?.Value,
            endpoint,
            token))
    {
        ArgumentName = "customerId",
        Validate = static (args, argument) =>
        {
            CustomerArguments.Id(args.CustomerId, argument);
            args.Value?.Validate("query");
        },
        Advice = CustomerAdvice.NotFound,
    };

    public static readonly MasivoEndpoint<ICustomersApi, string, IReadOnlyList<GiftCard>> GetGiftCards = new(
        "customers.get_gift_cards",
        "GET",
        "customers/{id}/rewards/gift-cards",
        RetrySafety.Repeatable,
        EndpointResponse<IReadOnlyList<GiftCard>>.Data(MasivoJsonContext.Default.DataEnvelopeIReadOnlyListGiftCard),
        static (api, customerId, endpoint, token) => api.GetGiftCardsAsync(customerId, endpoint, token))
    {
        ArgumentName = "customerId",
        Validate = PathSegment.Validate,
        Advice = CustomerAdvice.NotFound,
    };

    public static readonly MasivoEndpoint<ICustomersApi, ForCustomer<RequestReferralCodeRequest>, ReferralCode> RequestReferralCode = new(
        "customers.request_referral_code",
        "POST",
        "customers/{id}/referrals/request-code",
        RetrySafety.OnlyIfNotProcessed,
        EndpointResponse<ReferralCode>.Data(MasivoJsonContext.Default.DataEnvelopeReferralCode),
        static (api, args, endpoint, token) => api.RequestReferralCodeAsync(args.CustomerId, args.Value, endpoint, token))
    {
        ArgumentName = "customerId",
        Validate = static (args, argument) =>
        {
            CustomerArguments.Id(args.CustomerId, argument);
            CustomerArguments.Required(args.Value, "request").Validate("request");
        },
        Advice = CustomerAdvice.NotFound,
    };

    public static readonly MigrationEndpoint<ICustomersApi, CustomerMigrationRecord, CustomerMigrationBatch> Migrate = new()
    {
        Batch = new(
            "customers.migrate",
            "POST",
            "customers/migrate",
            RetrySafety.Repeatable,
            EndpointResponse.Message,
            static (api, batch, endpoint, token) => api.MigrateAsync(batch.Content, endpoint, token))
        {
            ArgumentName = "customers",
            Validate = static (_, _) => { },
            IsMigration = true,
        },
        RecordName = "customers",
        MigrationName = "customers migration",
        DefaultBatchSize = CustomersClient.DefaultMigrationBatchSize,
        CreateBody = static batch => new CustomerMigrationBatch(batch),
        BodyJson = MasivoJsonContext.Default.CustomerMigrationBatch,
        ValidateRecord = static record => record.Validate("customers"),
    };

    public static readonly MigrationEndpoint<ICustomersApi, CustomerEventsMigrationRecord, CustomerEventsMigrationBatch> MigrateEvents = new()
    {
        Batch = new(
            "customers.migrate_events",
            "POST",
            "customers/migrate/events",
            // Not an upsert: events add up pass after pass, transactions must add up to the migrated balance.
            RetrySafety.OnlyIfNotProcessed,
            // Documented as a 201 without a body: any 2xx acknowledges the batch.
            EndpointResponse.AnyAcknowledgement,
            static (api, batch, endpoint, token) => api.MigrateEventsAsync(batch.Content, endpoint, token))
        {
            ArgumentName = "customers",
            Validate = static (_, _) => { },
            IsMigration = true,
            Advice = new Dictionary<int, string> { [422] = "Masivo found a customer entry invalid; the details say which." },
        },
        RecordName = "customers",
        MigrationName = "customers' events migration",
        DefaultBatchSize = CustomersClient.MaxMigratedEventsPerRequest,
        CreateBody = static batch => new CustomerEventsMigrationBatch(batch),
        BodyJson = MasivoJsonContext.Default.CustomerEventsMigrationBatch,
        ValidateRecord = static record => record.Validate("customers"),
        RecordId = static record => record.Id,
        Weight = new BatchWeight<CustomerEventsMigrationRecord>("events", CustomersClient.MaxMigratedEventsPerRequest, static record => record.Events?.Count ?? 0)
        {
            MinimumPerRecord = 1,
        },
    };

    public static readonly MigrationEndpoint<ICustomersApi, CustomerTransactionsMigrationRecord, CustomerTransactionsMigrationBatch> MigrateTransactions = new()
    {
        Batch = new(
            "customers.migrate_transactions",
            "POST",
            "customers/migrate/transactions",
            // Not an upsert: events add up pass after pass, transactions must add up to the migrated balance.
            RetrySafety.OnlyIfNotProcessed,
            // Documented as a 201 without a body: any 2xx acknowledges the batch.
            EndpointResponse.AnyAcknowledgement,
            static (api, batch, endpoint, token) => api.MigrateTransactionsAsync(batch.Content, endpoint, token))
        {
            ArgumentName = "customers",
            Validate = static (_, _) => { },
            IsMigration = true,
            Advice = new Dictionary<int, string> { [422] = "Masivo found a customer entry invalid (a customer's transactions are migrated once, and must add up to its migrated balance); the details say which." },
        },
        RecordName = "customers",
        MigrationName = "customers' transactions migration",
        DefaultBatchSize = CustomersClient.DefaultMigrationBatchSize,
        CreateBody = static batch => new CustomerTransactionsMigrationBatch(batch),
        BodyJson = MasivoJsonContext.Default.CustomerTransactionsMigrationBatch,
        ValidateRecord = static record => record.Validate("customers"),
        RecordId = static record => record.Id,
        Weight = new BatchWeight<CustomerTransactionsMigrationRecord>("transactions", CustomersClient.MaxMigratedTransactionsPerRequest, static record => record.Transactions?.Count ?? 0)
        {
            MinimumPerRecord = 1,
        },
    };
}

/// <summary>The customers endpoints' requests, as Refit builds them; <see cref="CustomersEndpoints"/> holds their facts.</summary>
internal interface ICustomersApi
{
    [Post("/customers")]
    Task<HttpResponseMessage> CreateAsync(
        [Body] CreateCustomerRequest customer,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);

    [Get("/customers/{id}")]
    Task<HttpResponseMessage> GetAsync(
        string id,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);

    [Patch("/customers/{id}")]
    Task<HttpResponseMessage> UpdateAsync(
        string id,
        [Body] UpdateCustomerRequest update,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);

    [Patch("/customers/{id}/tags")]
    Task<HttpResponseMessage> SetTagsAsync(
        string id,
        [Body] CustomerTagsBody tags,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);

    [Delete("/customers/{id}/tags")]
    Task<HttpResponseMessage> RemoveTagsAsync(
        string id,
        [Body] CustomerTagNamesBody tags,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);

    [Get("/customers/{id}/consent")]
    Task<HttpResponseMessage> GetConsentAsync(
        string id,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);

    [Patch("/customers/{id}/consent")]
    Task<HttpResponseMessage> UpdateConsentAsync(
        string id,
        [Body] CustomerConsentBody consent,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);

    [Patch("/customers/{id}/identify/anonymous")]
    Task<HttpResponseMessage> IdentifyAnonymousAsync(
        string id,
        [Body] IdentifyCustomerRequest identity,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);

    [Patch("/customers/{id}/devices")]
    Task<HttpResponseMessage> RegisterDeviceAsync(
        string id,
        [Body] RegisterDeviceRequest device,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);

    [Delete("/customers/{id}/devices")]
    Task<HttpResponseMessage> RemoveDevicesAsync(
        string id,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);

    // The year's parameter name is inferred: Masivo's reference shows only its description.
    [Get("/customers/{id}/transactions")]
    Task<HttpResponseMessage> GetTransactionsAsync(
        string id,
        [AliasAs("year")] string? year,
        [AliasAs("brand_id")] string? brandId,
        [AliasAs("reward_id")] string? rewardId,
        [AliasAs("type")] string? type,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);

    [Get("/customers/{id}/rewards/gift-cards")]
    Task<HttpResponseMessage> GetGiftCardsAsync(
        string id,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);

    [Post("/customers/{id}/referrals/request-code")]
    Task<HttpResponseMessage> RequestReferralCodeAsync(
        string id,
        [Body] RequestReferralCodeRequest request,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);

    [Post("/customers/migrate")]
    Task<HttpResponseMessage> MigrateAsync(
        [Body] HttpContent batch,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);

    [Post("/customers/migrate/events")]
    Task<HttpResponseMessage> MigrateEventsAsync(
        [Body] HttpContent batch,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);

    [Post("/customers/migrate/transactions")]
    Task<HttpResponseMessage> MigrateTransactionsAsync(
        [Body] HttpContent batch,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);
}
