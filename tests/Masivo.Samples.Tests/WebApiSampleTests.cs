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
    public async Task Registering_a_customer_answers_201_without_a_Location_no_route_serves()
    {
        using var created = await _http.PostAsJsonAsync("/brands/mexico/customers", new { id = "located-1", name = "Ana", email = "ana@example.com" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("located-1", JsonNode.Parse(await created.Content.ReadAsStringAsync())!["customer"]!.GetValue<string>());
        if (created.Headers.Location is { } location)
        {
            using var followed = await _http.GetAsync(location);
            Assert.NotEqual(HttpStatusCode.NotFound, followed.StatusCode);
        }
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
