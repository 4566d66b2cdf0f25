using System.Text.Json;
using System.Text.Json.Nodes;
using Masivo.Sdk.Internal;
using Masivo.Sdk.Tests.Support;

namespace Masivo.Sdk.Tests.Wire;

public sealed class CustomersCreateWireTests : IDisposable
{
    private static readonly DateTimeOffset SeedTime = new(2023, 11, 7, 5, 31, 56, TimeSpan.Zero);

    private readonly WireMockMasivo _masivo = new();

    public void Dispose() => _masivo.Dispose();

    private static CreateCustomerRequest SeedRequest() => new()
    {
        Id = "<string>",
        Status = CustomerStatus.Active,
        Name = "John Smith",
        Email = "jsmith@example.com",
        Gender = Gender.Male,
        Dob = SeedTime,
        RegistrationDate = SeedTime,
        TierId = "3c90c3cc-0d44-4b50-8888-8dd25736052a",
        Metrics = new CustomerMetrics(),
        Metadata = [],
    };

    // The documented request and answer on the wire, and every fault: the customers.create row of the
    // endpoint table (EndpointWireTests, FaultMatrixTests). Here: what only a customer's creation does.
    [Fact]
    public async Task Create_maps_the_created_customer_and_wallet_to_typed_values()
    {
        _masivo.Respond("POST", "/customers", 201, Seed.Text("customers-create.response.json"));

        var created = await _masivo.Client.Customers.CreateAsync(SeedRequest());

        Assert.Equal("jsmith@example.com", created.Customer!.Email);
        Assert.Equal(SeedTime, created.Customer.Dob);
        Assert.Equal("3c90c3cc-0d44-4b50-8888-8dd25736052a", created.Wallet!.OwnerId);
        Assert.Equal(0.1m, created.Wallet.Totals![0].Reward!.Attributes!["conversion_factor"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Only_the_fields_the_caller_set_are_sent()
    {
        _masivo.Respond("POST", "/customers", 201, Seed.Text("customers-create.response.json"));

        await _masivo.Client.Customers.CreateAsync(new CreateCustomerRequest
        {
            Id = "c-1",
            Name = "Ana",
            Email = "ana@example.com",
            RegistrationDate = SeedTime,
        });

        JsonAssert.Equivalent(
            """{"id":"c-1","name":"Ana","email":"ana@example.com","registration_date":"2023-11-07T05:31:56Z"}""",
            _masivo.Requests[0].RequestMessage!.Body!);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("name")]
    [InlineData("email")]
    [InlineData("registration_date")]
    public async Task Create_without_a_required_field_is_refused_before_sending(string missing)
    {
        var request = SeedRequest();
        switch (missing)
        {
            case "id": request.Id = null; break;
            case "name": request.Name = " "; break;
            case "email": request.Email = null; break;
            default: request.RegistrationDate = null; break;
        }

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _masivo.Client.Customers.CreateAsync(request));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public async Task A_duplicate_id_is_a_409_api_exception()
    {
        _masivo.Respond("POST", "/customers", 409, """{"error":"Conflict","details":"Customer already exists"}""");

        var error = await Assert.ThrowsAsync<MasivoApiException>(() => _masivo.Client.Customers.CreateAsync(SeedRequest()));

        Assert.Equal(409, error.StatusCode);
        Assert.Equal("Customer already exists", error.Details);
        Assert.Single(_masivo.Requests);
    }

    [Fact]
    public async Task Unknown_fields_and_enum_values_are_kept()
    {
        var response = Seed.Node("customers-create.response.json");
        response["data"]!["customer"]!["status"] = "SUSPENDED";
        response["data"]!["customer"]!["loyalty_score"] = 42;
        response["data"]!["wallet"]!["totals"]![0]!["reward"]!["type"] = "CASHBACK";
        _masivo.Respond("POST", "/customers", 201, response.ToJsonString());

        var created = await _masivo.Client.Customers.CreateAsync(SeedRequest());

        Assert.Equal("SUSPENDED", created.Customer!.Status!.Value.Value);
        Assert.NotEqual(CustomerStatus.Active, created.Customer.Status);
        Assert.Equal(42, created.Customer.AdditionalProperties!["loyalty_score"].GetInt32());
        Assert.Equal(new RewardType("CASHBACK"), created.Wallet!.Totals![0].Reward!.Type);
        JsonAssert.Equivalent(response["data"], JsonSerializer.SerializeToNode(created, MasivoJsonContext.Default.CustomerWithWallet));
    }

    [Fact]
    public void Extensible_enums_serialize_as_strings_with_any_serializer_options()
    {
        var customer = new Customer { Status = CustomerStatus.Inactive, Gender = "FEMALE" };

#pragma warning disable IL2026, IL3050 // The point is a user's own reflection-based options.
        var json = JsonSerializer.Serialize(customer, new JsonSerializerOptions { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull });
        var back = JsonSerializer.Deserialize<Customer>(json)!;
#pragma warning restore IL2026, IL3050

        JsonAssert.Equivalent("""{"status":"INACTIVE","gender":"FEMALE"}""", json);
        Assert.Equal(Gender.Female, back.Gender);
    }
}
