using System.Reflection;
using Masivo.Sdk.Internal;
using Masivo.Sdk.Testing;
using Masivo.Sdk.Testing.Internal;

namespace Masivo.Sdk.Tests.FakeServer;

/// <summary>The fake's routes are the SDK's endpoints, and a request finds its route by template.</summary>
public sealed class FakeRouteTests
{
    [Fact]
    public void Every_sdk_endpoint_has_exactly_one_fake_route_with_its_name_method_and_template()
    {
        var endpoints = SdkEndpoints();

        Assert.Contains(CustomersEndpoints.Get, endpoints);
        Assert.Contains(ContactsEndpoints.Migrate.Batch, endpoints);
        foreach (var endpoint in endpoints)
        {
            var route = Assert.Single(FakeRoute.All, route => route.Name == endpoint.Name);
            Assert.Equal(endpoint.Method, route.Method);
            Assert.Equal(endpoint.PathTemplate, route.Template);
        }

        Assert.Equal(endpoints.Count, FakeRoute.All.Count);
        Assert.Equal(FakeRoute.All.Count, FakeRoute.All.Select(route => route.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(FakeRoute.Unknown, FakeRoute.All);
    }

    [Fact]
    public void A_route_shows_its_method_and_template()
    {
        Assert.Equal("GET customers/{id}", FakeRoute.GetCustomer.ToString());
        Assert.Equal("customers.get", FakeRoute.GetCustomer.Name);
        Assert.Equal("POST coupons/redeem", FakeRoute.RedeemCoupon.ToString());
        Assert.Equal("Unknown", FakeRoute.Unknown.ToString());
    }

    [Theory]
    [InlineData("POST", "customers/migrate", "customers.migrate")]
    [InlineData("POST", "customers", "customers.create")]
    [InlineData("POST", "customers/", "customers.create")]
    [InlineData("GET", "customers/c-1", "customers.get")]
    [InlineData("GET", "customers/c-1/", "customers.get")]
    [InlineData("GET", "customers/migrate", "customers.get")] // no GET has the literal, so the template takes it
    [InlineData("get", "auth/authorize", "auth.authorize")]
    [InlineData("GET", "customers/", "unknown")] // a parameter takes a non-empty segment
    [InlineData("GET", "customers", "unknown")]
    [InlineData("GET", "customers/a/b", "unknown")]
    [InlineData("DELETE", "customers/c-1", "unknown")]
    [InlineData("POST", "Coupons/redeem", "unknown")] // literals compare ordinally
    [InlineData("GET", "", "unknown")]
    [InlineData("HEAD", "customers/c-1", "customers.get")] // a HEAD is served by the GET route of its path
    [InlineData("head", "auth/authorize", "auth.authorize")]
    [InlineData("HEAD", "customers", "unknown")] // ... and by no other
    [InlineData("HEAD", "coupons/redeem", "unknown")]
    public void A_request_matches_its_route_by_method_and_template(string method, string path, string expected) =>
        Assert.Equal(expected, FakeRoutes.Of(method, path).Name);

    [Theory]
    [InlineData("a%2Fb%20%C3%BC%25%3F%23", "a/b ü%?#")]
    [InlineData("a%252Fb", "a%2Fb")] // unescaped once, never twice
    [InlineData("100%25", "100%")]
    [InlineData("a+b", "a+b")]
    [InlineData("%E6%97%A5%E6%9C%AC", "日本")]
    public void Path_values_are_unescaped_once(string segment, string expected)
    {
        var match = FakeRoutes.Match("GET", "customers/" + segment);

        Assert.Same(FakeRoute.GetCustomer, match.Route);
        Assert.Equal(expected, match.Values["id"]);
    }

    [Fact]
    public void A_literal_segment_wins_over_a_parameter_whatever_the_order_of_the_routes()
    {
        var byId = new FakeRoute("things.get", "GET", "things/{id}");
        var latest = new FakeRoute("things.latest", "GET", "things/latest");
        var nested = new FakeRoute("things.part", "GET", "things/{id}/parts/{part}");
        var nestedLiteral = new FakeRoute("things.first-part", "GET", "things/{id}/parts/first");

        FakeRoute[][] orders = [[byId, latest, nested, nestedLiteral], [nestedLiteral, nested, latest, byId]];
        foreach (var routes in orders)
        {
            Assert.Same(latest, FakeRoutes.Match("GET", "things/latest", routes).Route);
            Assert.Same(byId, FakeRoutes.Match("GET", "things/other", routes).Route);
            Assert.Same(nestedLiteral, FakeRoutes.Match("GET", "things/7/parts/first", routes).Route);
            var part = FakeRoutes.Match("GET", "things/7/parts/wheel", routes);
            Assert.Same(nested, part.Route);
            Assert.Equal("7", part.Values["id"]);
            Assert.Equal("wheel", part.Values["PART"]);
        }
    }

    private static List<MasivoEndpoint> SdkEndpoints() =>
        typeof(MasivoEndpoint).Assembly.GetTypes()
            .Where(type => type.Namespace == "Masivo.Sdk.Internal" && type.Name.EndsWith("Endpoints", StringComparison.Ordinal))
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Select(field => field.FieldType switch
            {
                var type when typeof(MasivoEndpoint).IsAssignableFrom(type) => (MasivoEndpoint?)field.GetValue(null),
                { IsGenericType: true } type when type.GetGenericTypeDefinition() == typeof(MigrationEndpoint<,,>) =>
                    (MasivoEndpoint?)type.GetProperty("Batch")!.GetValue(field.GetValue(null)),
                _ => null,
            })
            .OfType<MasivoEndpoint>()
            .ToList();
}
