using System.Net;
using Masivo.Sdk.Testing;
using Masivo.Sdk.Tests.Support;

namespace Masivo.Sdk.Tests.FakeServer;

public sealed class MasivoFakeServerTests : FakeServerTest
{
    private static readonly DateTimeOffset Registered = new(2024, 1, 2, 3, 4, 5, TimeSpan.Zero);


    private static CreateCustomerRequest Customer(string id) => new() { Id = id, Name = "Ana", Email = id + "@example.com", RegistrationDate = Registered };

    [Fact]
    public async Task A_created_customer_redeems_a_seeded_coupon_into_its_wallet()
    {
        Server.AddCoupon(new FakeCoupon("WELCOME") { Rewards = { new FakeCouponReward(100m, RewardType.Points) { RewardId = "points" } } });
        var created = await Client.Customers.CreateAsync(Customer("c-1"));

        var redemption = await Client.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = "c-1", Code = "WELCOME" });

        Assert.Empty(created.Wallet!.Lines!);
        Assert.Equal(100m, Assert.Single(redemption.Accumulations!).Amount);
        Assert.Equal(100m, Assert.Single(redemption.Wallet!.Totals!).Total);
        Assert.Equal(RewardType.Points, redemption.Wallet.Totals![0].Reward!.Type);
        Assert.Equal(100m, Server.FindCustomer("c-1")!.Wallet!.Totals![0].Total);
    }

    [Fact]
    public async Task A_single_use_coupon_cannot_be_redeemed_twice()
    {
        Server.AddCoupon(new FakeCoupon("ONCE") { Rewards = { new FakeCouponReward(5m, RewardType.Discount) } });
        await Client.Customers.CreateAsync(Customer("c-1"));
        await Client.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = "c-1", Code = "ONCE" });

        var error = await Assert.ThrowsAsync<MasivoApiException>(
            () => Client.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = "c-1", Code = "ONCE" }));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("Coupon already redeemed", error.Error);
    }

    [Fact]
    public async Task A_multi_use_coupon_accumulates()
    {
        Server.AddCoupon(new FakeCoupon("MANY") { SingleUse = false, Rewards = { new FakeCouponReward(10m, RewardType.Points) { RewardId = "p" } } });
        await Client.Customers.CreateAsync(Customer("c-1"));

        await Client.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = "c-1", Code = "MANY" });
        var second = await Client.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = "c-1", Code = "MANY" });

        Assert.Equal(20m, second.Wallet!.Totals![0].Total);
    }

    [Theory]
    [InlineData("nobody", "WELCOME", "Customer")]
    [InlineData("c-1", "NOPE", "Coupon")]
    public async Task Unknown_customers_and_codes_are_404(string customerId, string code, string what)
    {
        Server.AddCoupon(new FakeCoupon("WELCOME"));
        await Client.Customers.CreateAsync(Customer("c-1"));

        var error = await Assert.ThrowsAsync<MasivoApiException>(
            () => Client.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = customerId, Code = code }));

        Assert.Equal(404, error.StatusCode);
        Assert.StartsWith(what, error.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_coupon_is_refused_with_a_requirement()
    {
        Server.AddCoupon(new FakeCoupon("OLD") { ExpiresAt = DateTimeOffset.UtcNow.AddDays(-1) });
        await Client.Customers.CreateAsync(Customer("c-1"));

        var error = await Assert.ThrowsAsync<MasivoApiException>(
            () => Client.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = "c-1", Code = "OLD" }));

        Assert.Equal("Condition was not met", error.Requirement);
    }

    [Fact]
    public async Task A_duplicate_customer_id_is_409()
    {
        await Client.Customers.CreateAsync(Customer("c-1"));

        var error = await Assert.ThrowsAsync<MasivoApiException>(() => Client.Customers.CreateAsync(Customer("c-1")));

        Assert.Equal(409, error.StatusCode);
        Assert.Equal(2, Server.Requests.Count(r => r.Path == "customers"));
    }

    [Fact]
    public async Task Migrated_contacts_are_found_by_each_identifier()
    {
        await Client.Contacts.MigrateAsync(
        [
            new ContactMigrationRecord { ExternalId = "e-1", Email = "ana@example.com", DocumentNumber = "D1", FirstName = "Ana", Dob = new DateOnly(1990, 5, 1) },
            new ContactMigrationRecord { ExternalId = "e-2", Email = "bob@example.com", FirstName = "Bob" },
        ]);

        Assert.Equal("e-1", Assert.Single(await Client.Contacts.SearchAsync(new ContactSearchQuery { Email = "ANA@example.com" })).ExternalId);
        Assert.Equal("Bob", Assert.Single(await Client.Contacts.SearchAsync(new ContactSearchQuery { ExternalId = "e-2" })).FirstName);
        var byDocument = Assert.Single(await Client.Contacts.SearchAsync(new ContactSearchQuery { DocumentNumber = "D1", Dob = new DateOnly(1990, 5, 1) }));
        Assert.NotNull(byDocument.Id);
        Assert.NotNull(byDocument.PersonaId);
        Assert.Empty(await Client.Contacts.SearchAsync(new ContactSearchQuery { Email = "ana@example.com", FirstName = "Bob" }));
    }

    [Fact]
    public async Task Migrating_a_contact_again_updates_it()
    {
        await Client.Contacts.MigrateAsync([new ContactMigrationRecord { ExternalId = "e-1", City = "Lima" }]);
        await Client.Contacts.MigrateAsync([new ContactMigrationRecord { ExternalId = "e-1", City = "Quito" }]);

        var contact = Assert.Single(Server.Contacts);
        Assert.Equal("Quito", contact.City);
    }

    [Fact]
    public async Task Migrated_customers_get_their_balance_as_a_wallet()
    {
        await Client.Customers.MigrateAsync(
        [
            new CustomerMigrationRecord
            {
                Id = "m-1", Name = "Ana", Email = "ana@example.com", RegistrationDate = Registered,
                Balance = [new CustomerBalanceItem { RewardId = "points", Amount = 250m }],
            },
        ]);

        Assert.Equal(250m, Server.FindCustomer("m-1")!.Wallet!.Totals![0].Total);
    }

    [Fact]
    public async Task The_server_validates_migrated_customers()
    {
        var error = await Assert.ThrowsAsync<MasivoMigrationException>(
            () => Client.Customers.MigrateAsync([new CustomerMigrationRecord { Id = "m-1" }]));

        var api = Assert.IsType<MasivoApiException>(error.InnerException);
        Assert.Equal(422, api.StatusCode);
        Assert.Contains("name", api.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contacts_need_the_account_id()
    {
        using var client = Server.CreateClient(options => options.AccountId = null);

        var error = await Assert.ThrowsAsync<MasivoApiException>(
            () => client.Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com" }));

        Assert.Equal(400, error.StatusCode);
        Assert.Contains("x-account-id", error.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_key_is_exchanged_once_and_sent_nowhere_else()
    {
        await Client.Customers.CreateAsync(Customer("c-1"));
        await Client.Contacts.SearchAsync(new ContactSearchQuery { Email = "x@example.com" });

        var requests = Server.Requests;
        Assert.Equal(["auth/authorize", "customers", "contacts"], requests.Select(r => r.Path));
        Assert.Equal(Server.ApiKey, requests[0].Headers["x-api-key"]);
        Assert.All(requests.Skip(1), r =>
        {
            Assert.False(r.Headers.ContainsKey("x-api-key"));
            Assert.StartsWith("Bearer ey", r.Headers["authorization"], StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_revoked_token_is_replaced_once_and_the_call_repeated()
    {
        await Client.Customers.CreateAsync(Customer("c-1"));
        Server.RevokeTokens();
        Server.ClearRequests();

        await Client.Contacts.SearchAsync(new ContactSearchQuery { Email = "x@example.com" });

        Assert.Equal(["contacts", "auth/authorize", "contacts"], Server.Requests.Select(r => r.Path));
    }

    [Fact]
    public async Task A_wrong_api_key_is_an_authentication_exception()
    {
        using var client = Server.CreateClient(options => options.ApiKey = "wrong-key");

        var error = await Assert.ThrowsAsync<MasivoAuthenticationException>(() => client.Customers.CreateAsync(Customer("c-1")));

        Assert.Equal(401, error.StatusCode);
        Assert.DoesNotContain("wrong-key", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Server.Requests, r => r.Path == "customers");
    }

    [Fact]
    public async Task Requests_without_a_valid_token_are_401()
    {
        using var http = new HttpClient();

        var missing = await http.PostAsync(new Uri(Server.BaseAddress, "customers"), new StringContent("{}"));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Server.BaseAddress, "contacts?email=a"));
        request.Headers.Authorization = new("Bearer", "made-up");
        var unknown = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Contains("\"error\"", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("customers", """{"id":"c-1","name":"Ana","email":"a@example.com","registration_date":"nope"}""", "registration_date: The JSON value could not be converted to")]
    [InlineData("customers/migrate", """{"customers":[{"id":"c-1","name":"Ana","email":"a@example.com","registration_date":42}]}""", "customers[0].registration_date: The JSON value could not be converted to")]
    public async Task A_body_with_a_wrongly_typed_field_is_a_400_naming_the_field(string path, string body, string expected)
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", Server.AccessToken);

        using var response = await http.PostAsync(new Uri(Server.BaseAddress, path), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var error = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Bad Request", error["error"]!.GetValue<string>());
        var details = error["details"]!.GetValue<string>();
        Assert.StartsWith("The request body does not fit the expected shape: " + expected, details, StringComparison.Ordinal);
        Assert.DoesNotContain("not valid JSON", details, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_a_400_saying_so()
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", Server.AccessToken);

        using var response = await http.PostAsync(new Uri(Server.BaseAddress, "customers"), new StringContent("""{"id":"c-1",""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The request body is not valid JSON", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(Server.FindCustomer("c-1"));
    }

    [Fact]
    public async Task The_fixed_access_token_is_accepted()
    {
        using var client = Server.CreateClient(options =>
        {
            options.ApiKey = null;
            options.AccessToken = Server.AccessToken;
        });

        await client.Customers.CreateAsync(Customer("c-9"));

        Assert.DoesNotContain(Server.Requests, r => r.Path == "auth/authorize");
    }

    [Fact]
    public async Task Servers_are_isolated_from_each_other()
    {
        await using var other = await MasivoFakeServer.StartAsync();
        await Client.Customers.CreateAsync(Customer("c-1"));

        Assert.NotEqual(Server.BaseAddress, other.BaseAddress);
        Assert.Null(other.FindCustomer("c-1"));
        Assert.True(other.BaseAddress.IsLoopback);
    }
}
