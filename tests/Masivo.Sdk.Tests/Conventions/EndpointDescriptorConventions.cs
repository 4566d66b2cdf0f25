using System.Text.RegularExpressions;
using Masivo.Sdk.Tests.Endpoints;

namespace Masivo.Sdk.Tests.Conventions;

/// <summary>
/// The descriptors themselves: each names one endpoint, once, as <c>{resource}.{action}</c>, for one
/// route; and each has a row in the endpoint table, which is what puts it through the fault matrix and
/// the wire-shape test with documented seeds.
/// </summary>
public sealed partial class EndpointDescriptorConventions
{
    private const string Table = "tests/Masivo.Sdk.Tests/Endpoints/EndpointCases.cs";

    [Fact]
    public void Descriptors_are_found()
    {
        Assert.Contains(SdkEndpoints.All, endpoint => endpoint.Name == "customers.get");
        Assert.Contains(SdkEndpoints.All, endpoint => endpoint.IsMigration);
    }

    [Fact]
    public void Descriptor_names_are_resource_dot_action_in_snake_case()
    {
        var violations = new Violations("A descriptor's Name is {resource}.{action}, both snake_case (customers.get, customers.get_consent): spans, metrics, logs and MasivoException.Operation show it.");
        foreach (var endpoint in SdkEndpoints.All)
        {
            violations.Check(ResourceDotAction().IsMatch(endpoint.Name), $"{endpoint.DeclaredAs} is named \"{endpoint.Name}\".");
            violations.Check(
                !endpoint.Endpoint.PathTemplate.StartsWith('/') && !endpoint.Endpoint.PathTemplate.EndsWith('/'),
                $"{endpoint.DeclaredAs}.PathTemplate \"{endpoint.Endpoint.PathTemplate}\" must be relative to the base address, without a leading or trailing '/'.");
            violations.Check(
                endpoint.IsMigration == endpoint.Endpoint.IsMigration,
                endpoint.IsMigration
                    ? $"{endpoint.DeclaredAs}.Batch must set IsMigration = true: Masivo's migration limiter paces its requests."
                    : $"{endpoint.DeclaredAs} sets IsMigration but is no MigrationEndpoint's Batch.");
        }

        violations.AssertNone();
    }

    [Fact]
    public void Descriptor_names_and_routes_are_unique()
    {
        var violations = new Violations("Each descriptor names one endpoint, and no two descriptors state the same method and path template.");
        foreach (var duplicate in SdkEndpoints.All.GroupBy(endpoint => endpoint.Name).Where(group => group.Count() > 1))
        {
            violations.Add($"\"{duplicate.Key}\" names {string.Join(" and ", duplicate.Select(e => e.DeclaredAs))}: rename all but one.");
        }

        foreach (var duplicate in SdkEndpoints.All.GroupBy(endpoint => endpoint.Endpoint.Route).Where(group => group.Count() > 1))
        {
            violations.Add($"{duplicate.Key} is the route of {string.Join(" and ", duplicate.Select(e => $"{e.DeclaredAs} (\"{e.Name}\")"))}: one endpoint, one descriptor.");
        }

        violations.AssertNone();
    }

    [Fact]
    public void Every_descriptor_has_a_row_in_the_endpoint_table()
    {
        var violations = new Violations(
            $"Every descriptor has a row in the endpoint table ({Table}), which runs it through the fault matrix (every fault, retries from IsIdempotent) " +
            "and the wire-shape test (method, escaped path, headers, the seed request to the field, the seed answer read and written back).");

        foreach (var endpoint in SdkEndpoints.All)
        {
            var rows = EndpointCases.All.Where(row => ReferenceEquals(row.Endpoint, endpoint.Endpoint)).ToList();
            if (rows.Count == 0)
            {
                var seed = $"{endpoint.Resource}-{endpoint.Action}".Replace('_', '-');
                violations.Add(
                    $"{endpoint.DeclaredAs} (\"{endpoint.Name}\", {endpoint.Endpoint.Route}) has no row: add to EndpointCases.All in {Table} " +
                    $"`new() {{ Endpoint = {endpoint.DeclaredAs}{(endpoint.IsMigration ? ".Batch" : string.Empty)}, Call = (client, ct) => client.{SdkEndpoints.Pascal(endpoint.Resource)}.{SdkEndpoints.Pascal(endpoint.Action)}Async(..., ct), " +
                    $"Sends = \"{endpoint.Endpoint.Method} {endpoint.Endpoint.PathTemplate}\" (ids escaped), " +
                    (endpoint.Endpoint.Method is "GET" or "DELETE" ? string.Empty : $"Body = new(\"{seed}.request.json\", MasivoJsonContext.Default.<request type>), ") +
                    $"Answer = Seed.Text(\"{seed}.response.json\") }}`, with the seeds copied from Masivo's documentation into tests/Masivo.Sdk.Tests/Seeds/.");
            }
            else if (rows.Count > 1)
            {
                violations.Add($"{endpoint.Name} has {rows.Count} rows in {Table}: keep one (variations belong in the endpoint's own wire tests).");
            }
        }

        foreach (var row in EndpointCases.All.Where(row => !SdkEndpoints.All.Any(endpoint => ReferenceEquals(endpoint.Endpoint, row.Endpoint))))
        {
            violations.Add($"The row {row.Name} in {Table} holds a descriptor the SDK does not declare as a static field: use the descriptor itself (XEndpoints.Y).");
        }

        violations.AssertNone();
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*\\.[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex ResourceDotAction();
}
