using System.Net;
using System.Net.Http.Headers;
using Masivo.Sdk.Testing;
using Masivo.Sdk.Tests.Support;

namespace Masivo.Sdk.Tests.FakeServer;

/// <summary>The fake serves <c>GET customers/{id}</c> from what it stores, whatever characters the id holds.</summary>
public sealed class GetCustomerTests : FakeServerTest
{
    private static readonly DateTimeOffset Registered = new(2024, 1, 2, 3, 4, 5, TimeSpan.Zero);


    private static CreateCustomerRequest Customer(string id) => new() { Id = id, Name = "Ana", Email = "ana@example.com", RegistrationDate = Registered };

    [Fact]
    public async Task A_created_customer_is_answered_with_its_wallet_as_stored()
    {
        Server.AddCoupon(new FakeCoupon("WELCOME") { Rewards = { new FakeCouponReward(100m, RewardType.Points) { RewardId = "points" } } });
        var created = await Client.Customers.CreateAsync(Customer("c-1"));
        await Client.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = "c-1", Code = "WELCOME" });

        var read = await Client.Customers.GetAsync("c-1");

        Assert.Equal("c-1", read.Customer!.Id);
        Assert.Equal("Ana", read.Customer.Name);
        Assert.Equal(created.Wallet!.Id, read.Wallet!.Id);
        Assert.Equal(100m, Assert.Single(read.Wallet.Totals!).Total);
        Assert.Equal(RewardType.Points, read.Wallet.Totals![0].Reward!.Type);
        Assert.Equal(Server.FindCustomer("c-1")!.Wallet!.Lines!.Count, read.Wallet.Lines!.Count);
    }

    [Fact]
    public async Task A_migrated_customer_is_answered_with_its_balance_as_its_wallet()
    {
        await Client.Customers.MigrateAsync(
        [
            new CustomerMigrationRecord
            {
                Id = "m-1", Name = "Ana", Email = "ana@example.com", RegistrationDate = Registered,
                Balance = [new CustomerBalanceItem { RewardId = "points", Amount = 250m }],
            },
        ]);

        var read = await Client.Customers.GetAsync("m-1");

        Assert.Equal("m-1", read.Customer!.Id);
        Assert.Equal(250m, Assert.Single(read.Wallet!.Totals!).Total);
    }

    [Fact]
    public async Task An_unknown_customer_is_404_with_masivos_error()
    {
        var error = await Assert.ThrowsAsync<MasivoApiException>(() => Client.Customers.GetAsync("nobody"));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal("Not Found", error.Error);
        Assert.Equal("Customer 'nobody' not found", error.Details);
    }

    [Theory]
    [InlineData("a/b ü%?#")]
    [InlineData("a%2Fb")]
    [InlineData("100%")]
    [InlineData("a+b&c=d;e")]
    [InlineData("日本語 😀")]
    [InlineData("migrate")] // GET customers/migrate is this customer; POST customers/migrate still migrates
    [InlineData("...")]
    public async Task Any_id_round_trips(string id)
    {
        await Client.Customers.CreateAsync(Customer(id));

        var read = await Client.Customers.GetAsync(id);

        Assert.Equal(id, read.Customer!.Id);
        var request = Assert.Single(Server.RequestsTo(FakeRoute.GetCustomer));
        Assert.Equal(id, request.RouteValues["id"]);
        Assert.StartsWith("customers/", request.Path, StringComparison.Ordinal);
        Assert.Equal(2, request.Path.Split('/').Length); // the id travels as one segment
    }

    [Fact]
    public async Task The_path_is_unescaped_exactly_once()
    {
        await Client.Customers.CreateAsync(Customer("a/b"));
        await Client.Customers.CreateAsync(Customer("a%2Fb"));
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Server.AccessToken);

        var slash = await http.GetStringAsync(new Uri(Server.BaseAddress, "customers/a%2Fb"));
        var escaped = await http.GetStringAsync(new Uri(Server.BaseAddress, "customers/a%252Fb"));

        Assert.Contains("\"id\":\"a/b\"", slash, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"a%2Fb\"", escaped, StringComparison.Ordinal);
        Assert.Equal(["customers/a%2Fb", "customers/a%252Fb"], Server.RequestsTo(FakeRoute.GetCustomer).Select(r => r.Path));
    }

    [Fact]
    public async Task Customers_migrate_still_migrates_beside_customers_by_id()
    {
        await Client.Customers.MigrateAsync([new CustomerMigrationRecord { Id = "k-1", Name = "Ana", Email = "ana@example.com", RegistrationDate = Registered }]);

        Assert.Single(Server.RequestsTo(FakeRoute.MigrateCustomers));
        Assert.Empty(Server.RequestsTo(FakeRoute.GetCustomer));
        Assert.Equal("k-1", (await Client.Customers.GetAsync("k-1")).Customer!.Id);
        await Assert.ThrowsAsync<MasivoApiException>(() => Client.Customers.GetAsync("migrate"));
    }

    [Fact]
    public async Task A_fault_scripted_for_get_customer_meets_only_that_route()
    {
        await Client.Customers.CreateAsync(Customer("c-1"));
        Server.FailNext(FakeRoute.GetCustomer, FakeFault.Status(503));

        var read = await Client.Customers.GetAsync("c-1"); // a read is repeated after a 503

        Assert.Equal("c-1", read.Customer!.Id);
        Assert.Equal(2, Server.RequestsTo(FakeRoute.GetCustomer).Count);
        Assert.Equal(0, Server.PendingFaults(FakeRoute.GetCustomer));
    }

    [Fact]
    public async Task A_dropped_connection_on_get_customer_is_retried()
    {
        await Client.Customers.CreateAsync(Customer("c-1"));
        Server.FailNext(FakeRoute.GetCustomer, FakeFault.DropConnection(), times: 2);

        var read = await Client.Customers.GetAsync("c-1");

        Assert.Equal("c-1", read.Customer!.Id);
        Assert.Equal(3, Server.RequestsTo(FakeRoute.GetCustomer).Count);
    }

    [Fact]
    public async Task A_HEAD_is_answered_as_the_GET_without_a_body()
    {
        await Client.Customers.CreateAsync(Customer("c-1"));
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Server.AccessToken);

        using var known = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(Server.BaseAddress, "customers/c-1")));
        using var unknown = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(Server.BaseAddress, "customers/nobody")));

        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal("application/json", known.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await known.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Empty(await unknown.Content.ReadAsByteArrayAsync());
        Assert.Equal(["HEAD", "HEAD"], Server.RequestsTo(FakeRoute.GetCustomer).Select(r => r.Method));
        Assert.Equal("nobody", Server.RequestsTo(FakeRoute.GetCustomer)[1].RouteValues["id"]);
    }

    [Fact]
    public async Task Getting_a_customer_needs_a_token()
    {
        await Client.Customers.CreateAsync(Customer("c-1"));
        using var http = new HttpClient();

        var response = await http.GetAsync(new Uri(Server.BaseAddress, "customers/c-1"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
