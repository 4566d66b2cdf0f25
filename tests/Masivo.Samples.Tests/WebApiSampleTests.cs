using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Masivo.Samples.WebApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Masivo.Samples.Tests;

public sealed class WebApiSampleTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _app = WebApiApp.Build(["--urls=http://127.0.0.1:0", "--environment=Development"]);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _http = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task A_customer_registers_and_redeems_a_coupon_at_checkout_over_loopback()
    {
        using var created = await _http.PostAsJsonAsync("/brands/mexico/customers", new { id = "shopper-1", name = "Ana", email = "ana@example.com" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        using var redeemed = await _http.PostAsJsonAsync("/brands/mexico/checkout/redeem", new { customerId = "shopper-1", code = "WELCOME10" });
        Assert.Equal(HttpStatusCode.OK, redeemed.StatusCode);
        var body = JsonNode.Parse(await redeemed.Content.ReadAsStringAsync())!;
        Assert.Equal(10m, body["balances"]![0]!["total"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Registering_a_customer_answers_201_with_a_Location_that_reads_it_back()
    {
        using var created = await _http.PostAsJsonAsync("/brands/mexico/customers", new { id = "located-1", name = "Ana", email = "ana@example.com" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("located-1", JsonNode.Parse(await created.Content.ReadAsStringAsync())!["customer"]!.GetValue<string>());
        var location = Assert.IsType<Uri>(created.Headers.Location);
        Assert.EndsWith("/brands/mexico/customers/located-1", location.ToString(), StringComparison.Ordinal);

        using var followed = await _http.GetAsync(location);
        Assert.Equal(HttpStatusCode.OK, followed.StatusCode);
        var customer = JsonNode.Parse(await followed.Content.ReadAsStringAsync())!;
        Assert.Equal("located-1", customer["customer"]!.GetValue<string>());
        Assert.Equal("Ana", customer["name"]!.GetValue<string>());
        Assert.Equal("ana@example.com", customer["email"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(customer["wallet"]?.GetValue<string>()));
    }

    [Fact]
    public async Task The_Location_of_an_id_that_needs_escaping_reads_back_the_same_customer()
    {
        using var created = await _http.PostAsJsonAsync("/brands/peru/customers", new { id = "ana maría+1", name = "Ana", email = "ana@example.com" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        using var followed = await _http.GetAsync(created.Headers.Location);

        Assert.Equal(HttpStatusCode.OK, followed.StatusCode);
        Assert.Equal("ana maría+1", JsonNode.Parse(await followed.Content.ReadAsStringAsync())!["customer"]!.GetValue<string>());
    }

    [Fact]
    public async Task Reading_a_customer_Masivo_does_not_know_is_a_404_problem_with_Masivos_reason()
    {
        using var unknown = await _http.GetAsync("/brands/mexico/customers/nobody");
        using var otherBrand = await _http.PostAsJsonAsync("/brands/mexico/customers", new { id = "mexico-only", name = "Ana", email = "ana@example.com" });
        using var notInPeru = await _http.GetAsync("/brands/peru/customers/mexico-only");
        using var unknownBrand = await _http.GetAsync("/brands/chile/customers/nobody");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await unknown.Content.ReadAsStringAsync())!;
        Assert.Equal(404, problem["status"]!.GetValue<int>());
        Assert.Contains("nobody", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, otherBrand.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notInPeru.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownBrand.StatusCode);
        Assert.Equal("application/problem+json", unknownBrand.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Unknown brand", JsonNode.Parse(await unknownBrand.Content.ReadAsStringAsync())!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Each_brand_is_its_own_account()
    {
        using var mexico = await _http.PostAsJsonAsync("/brands/mexico/customers", new { id = "same-id", name = "Ana", email = "ana@example.com" });
        using var peru = await _http.PostAsJsonAsync("/brands/peru/customers", new { id = "same-id", name = "Ana", email = "ana@example.com" });

        Assert.Equal(HttpStatusCode.Created, mexico.StatusCode);
        Assert.Equal(HttpStatusCode.Created, peru.StatusCode);
    }

    [Fact]
    public async Task Masivo_errors_become_problem_responses()
    {
        using var unknownCoupon = await _http.PostAsJsonAsync("/brands/mexico/checkout/redeem", new { customerId = "nobody", code = "NOPE" });
        using var duplicate1 = await _http.PostAsJsonAsync("/brands/peru/customers", new { id = "dup", name = "Ana", email = "ana@example.com" });
        using var duplicate2 = await _http.PostAsJsonAsync("/brands/peru/customers", new { id = "dup", name = "Ana", email = "ana@example.com" });
        using var invalid = await _http.PostAsJsonAsync("/brands/peru/checkout/redeem", new { customerId = "", code = "" });
        using var unknownBrand = await _http.PostAsJsonAsync("/brands/chile/checkout/redeem", new { customerId = "a", code = "b" });

        Assert.Equal(HttpStatusCode.NotFound, unknownCoupon.StatusCode);
        Assert.Equal("application/problem+json", unknownCoupon.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Conflict, duplicate2.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("customer_id", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknownBrand.StatusCode);
    }
}
