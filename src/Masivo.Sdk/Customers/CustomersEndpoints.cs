namespace Masivo.Sdk.Internal;

/// <summary>The customers endpoints' facts; <see cref="ICustomersApi"/> builds their requests.</summary>
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
