using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Testing.Internal;

/// <summary><see cref="FakeRoute.CreateCustomer"/>, <see cref="FakeRoute.GetCustomer"/> and <see cref="FakeRoute.MigrateCustomers"/>.</summary>
internal sealed class CustomersHandlers(MasivoFakeServerOptions options, FakeState state) : IFakeHandlers
{
    /// <inheritdoc/>
    public IReadOnlyDictionary<FakeRoute, RequestDelegate> Routes => new Dictionary<FakeRoute, RequestDelegate>
    {
        [FakeRoute.CreateCustomer] = FakeEndpoint.Handle(CreateAsync),
        [FakeRoute.GetCustomer] = FakeEndpoint.Handle(Get),
        [FakeRoute.MigrateCustomers] = FakeEndpoint.Handle(MigrateAsync),
    };

    /// <summary>Creates a customer with an empty wallet; 409 when the id is taken.</summary>
    public async Task<IResult> CreateAsync(HttpContext context)
    {
        var (request, error) = await FakeResults.ReadBodyAsync(context, FakeJsonContext.Default.CreateCustomerRequest).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        // An anonymous customer is given placeholders for its name and email.
        var anonymous = request!.IsAnonymous == true;
        if (MissingRequired(request.Id, anonymous ? "-" : request.Name, anonymous ? "-" : request.Email, request.RegistrationDate) is { } missing)
        {
            return FakeResults.BadRequest($"{missing} is required");
        }

        return state.TryCreateCustomer(request, out var created)
            ? FakeResults.Data(created, FakeJsonContext.Default.FakeEnvelopeCustomerWithWallet, StatusCodes.Status201Created)
            : FakeResults.Error(StatusCodes.Status409Conflict, "Conflict", $"A customer with id '{request.Id}' already exists");
    }

    /// <summary>Answers a customer with its wallet as stored, as a create answers it; 404 when unknown.</summary>
    public IResult Get(HttpContext context)
    {
        var id = FakeRoutes.RouteValue(context, "id");
        return state.FindCustomer(id) is { } customer
            ? FakeResults.Data(customer, FakeJsonContext.Default.FakeEnvelopeCustomerWithWallet)
            : FakeResults.NotFound($"Customer '{id}' not found");
    }

    /// <summary>Upserts a batch of customers, their balances becoming their wallets.</summary>
    public async Task<IResult> MigrateAsync(HttpContext context)
    {
        var (body, error) = await FakeResults.ReadBodyAsync(context, FakeJsonContext.Default.CustomerMigrationBody).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var customers = body!.Customers;
        if (customers is null || customers.Count < 1 || customers.Count > options.CustomerMigrationBatchLimit)
        {
            return FakeResults.BadRequest($"customers must hold 1 to {options.CustomerMigrationBatchLimit} items; got {customers?.Count ?? 0}");
        }

        for (var i = 0; i < customers.Count; i++)
        {
            if (Invalid(customers[i]) is { } problem)
            {
                return FakeResults.Unprocessable($"customers[{i}]: {problem}");
            }
        }

        foreach (var customer in customers)
        {
            state.UpsertCustomer(customer!);
        }

        return FakeResults.Message("Customers batch enqueued successfully");
    }

    private static string? Invalid(CustomerMigrationRecord? customer)
    {
        if (customer is null)
        {
            return "must be an object";
        }

        if (MissingRequired(customer.Id, customer.Name, customer.Email, customer.RegistrationDate) is { } missing)
        {
            return $"{missing} is required";
        }

        if (string.IsNullOrEmpty(customer.DocumentType) != string.IsNullOrEmpty(customer.DocumentNumber))
        {
            return "document_type and document_number require each other";
        }

        if (customer.DocumentNumber?.Length > CustomerMigrationRecord.DocumentNumberMaxLength)
        {
            return $"document_number must be at most {CustomerMigrationRecord.DocumentNumberMaxLength} characters";
        }

        return customer.Country?.Length > CustomerMigrationRecord.CountryMaxLength
            ? $"country must be at most {CustomerMigrationRecord.CountryMaxLength} characters"
            : null;
    }

    private static string? MissingRequired(string? id, string? name, string? email, DateTimeOffset? registrationDate) =>
        string.IsNullOrWhiteSpace(id) ? "id"
        : string.IsNullOrWhiteSpace(name) ? "name"
        : string.IsNullOrWhiteSpace(email) ? "email"
        : registrationDate is null ? "registration_date"
        : null;
}
