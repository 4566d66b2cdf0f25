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
        Advice = new Dictionary<int, string> { [404] = "No customer is registered with this id." },
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
        DefaultBatchSize = CustomersClient.DefaultMigrationBatchSize,
        CreateBody = static batch => new CustomerMigrationBatch(batch),
        BodyJson = MasivoJsonContext.Default.CustomerMigrationBatch,
        ValidateRecord = static record => record.Validate("customers"),
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

    [Post("/customers/migrate")]
    Task<HttpResponseMessage> MigrateAsync(
        [Body] HttpContent batch,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);
}
