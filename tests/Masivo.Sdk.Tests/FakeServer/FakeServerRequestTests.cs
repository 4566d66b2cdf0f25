using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Masivo.Sdk.Testing;
using Masivo.Sdk.Tests.Support;

namespace Masivo.Sdk.Tests.FakeServer;

/// <summary>What a test can read from a recorded request: its route, its path values, its body typed.</summary>
public sealed class FakeServerRequestTests : FakeServerTest
{
    private static readonly DateTimeOffset Registered = new(2024, 1, 2, 3, 4, 5, TimeSpan.Zero);


    [Fact]
    public async Task Route_values_are_recorded_by_parameter_name()
    {
        await Client.Customers.CreateAsync(new CreateCustomerRequest { Id = "c 1/ü", Name = "Ana", Email = "ana@example.com", RegistrationDate = Registered });
        await Client.Customers.GetAsync("c 1/ü");

        var get = Assert.Single(Server.RequestsTo(FakeRoute.GetCustomer));
        var create = Assert.Single(Server.RequestsTo(FakeRoute.CreateCustomer));

        Assert.Equal("c 1/ü", Assert.Single(get.RouteValues, value => value.Key == "id").Value);
        Assert.Equal("c 1/ü", get.RouteValues["ID"]);
        Assert.Equal("customers/c%201%2F%C3%BC", get.Path);
        Assert.Empty(create.RouteValues);
        Assert.Equal("customers", create.Path);
    }

    [Fact]
    public async Task A_request_to_no_route_is_recorded_as_unknown_and_answered_404()
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Server.AccessToken);

        var response = await http.DeleteAsync(new Uri(Server.BaseAddress, "customers/c-1"));

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Contains("No such route", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var request = Assert.Single(Server.Requests);
        Assert.Same(FakeRoute.Unknown, request.Route);
        Assert.Empty(request.RouteValues);
        Assert.Throws<ArgumentException>(() => Server.FailNext(FakeRoute.Unknown, FakeFault.Status(500)));
    }

    [Fact]
    public async Task A_body_reads_as_any_type_from_source_generated_metadata()
    {
        Server.AddCoupon(new FakeCoupon("WELCOME"));
        await Client.Customers.CreateAsync(new CreateCustomerRequest { Id = "c-1", Name = "Ana", Email = "ana@example.com", RegistrationDate = Registered });
        await Client.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = "c-1", Code = "WELCOME", StoreId = "s-9" });
        var request = Assert.Single(Server.RequestsTo(FakeRoute.RedeemCoupon));

        var mine = request.ReadBody(RequestBodiesJsonContext.Default.RedemptionBody);

        Assert.Equal(new RedemptionBody("c-1", "WELCOME", "s-9"), mine);
    }

    [Fact]
    public async Task A_body_reads_by_reflection_with_masivos_snake_case_names()
    {
        await Client.Customers.CreateAsync(new CreateCustomerRequest { Id = "c-1", Name = "Ana", Email = "ana@example.com", RegistrationDate = Registered });
        var request = Assert.Single(Server.RequestsTo(FakeRoute.CreateCustomer));

        var sdkModel = request.ReadBody<CreateCustomerRequest>();
        var mine = request.ReadBody<CustomerBody>();
        var camel = request.ReadBody<CustomerBody>(new JsonSerializerOptions(JsonSerializerDefaults.Web));

        Assert.Equal("ana@example.com", sdkModel!.Email);
        Assert.Equal(Registered, sdkModel.RegistrationDate);
        Assert.Equal(new CustomerBody("c-1", "ana@example.com", Registered), mine);
        Assert.Null(camel!.RegistrationDate); // the options given are used as they are
    }

    [Fact]
    public async Task A_request_without_a_body_reads_as_default_and_a_malformed_one_throws()
    {
        await Client.Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com" });
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Server.AccessToken);
        await http.PostAsync(new Uri(Server.BaseAddress, "coupons/redeem"), new StringContent("{not json", Encoding.UTF8, "application/json"));

        var search = Assert.Single(Server.RequestsTo(FakeRoute.SearchContacts));
        var malformed = Assert.Single(Server.RequestsTo(FakeRoute.RedeemCoupon));

        Assert.Null(search.ReadBody(RequestBodiesJsonContext.Default.RedemptionBody));
        Assert.Null(search.ReadBody<RedemptionBody>());
        Assert.Throws<JsonException>(() => malformed.ReadBody(RequestBodiesJsonContext.Default.RedemptionBody));
        Assert.Null(malformed.Redemption); // the SDK-typed views stay lenient
    }
}

public sealed record RedemptionBody(
    [property: JsonPropertyName("customer_id")] string CustomerId,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("store_id")] string? StoreId);

public sealed record CustomerBody(string Id, string Email, DateTimeOffset? RegistrationDate);

[JsonSerializable(typeof(RedemptionBody))]
internal sealed partial class RequestBodiesJsonContext : JsonSerializerContext;
