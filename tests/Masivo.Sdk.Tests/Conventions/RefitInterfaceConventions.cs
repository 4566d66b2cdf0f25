using System.Reflection;
using System.Text.RegularExpressions;
using Masivo.Sdk.Internal;
using Refit;

namespace Masivo.Sdk.Tests.Conventions;

/// <summary>
/// The Refit interfaces (<c>I{Resource}Api</c>) build exactly the requests their descriptors state: method
/// <c>I{Resource}Api.{Action}Async</c> belongs to the descriptor <c>{resource}.{action}</c>
/// (<c>ICustomersApi.GetAsync</c> ↔ <c>customers.get</c>, <c>IAuthApi.AuthorizeAsync</c> ↔ <c>auth.authorize</c>),
/// and its verb and route attribute are the descriptor's <see cref="MasivoEndpoint.Method"/> and
/// <c>"/" + </c><see cref="MasivoEndpoint.PathTemplate"/>.
/// </summary>
public sealed partial class RefitInterfaceConventions
{
    /// <summary>Every interface with a Refit verb attribute on a method: the Refit interfaces, whatever their names.</summary>
    private static IEnumerable<Type> Apis =>
        SdkEndpoints.Assembly.GetTypes().Where(type => type.IsInterface && type.GetMethods().Any(method => method.IsDefined(typeof(HttpMethodAttribute), inherit: true)));

    [Fact]
    public void The_resource_apis_are_found()
    {
        Assert.Contains(typeof(ICustomersApi), Apis);
        Assert.Contains(typeof(IAuthApi), Apis);
    }

    [Fact]
    public void Every_refit_method_builds_the_request_its_descriptor_states()
    {
        var violations = new Violations(
            "Every method I{Resource}Api.{Action}Async has the descriptor {resource}.{action}, and its [Get]/[Post]/... attribute is that descriptor's Method " +
            "and \"/\" + PathTemplate, with a parameter per path parameter, the descriptor attached as [Property(MasivoEndpoint.RequestOptionKey)] and a CancellationToken last.");

        foreach (var api in Apis)
        {
            if (!ApiName().IsMatch(api.Name))
            {
                violations.Add($"{api.FullName} has Refit methods but is not named I{{Resource}}Api after the resource whose descriptors it sends (ICustomersApi for customers.*).");
                continue;
            }

            var resource = SdkEndpoints.Snake(ApiName().Match(api.Name).Groups["resource"].Value);
            foreach (var method in api.GetMethods())
            {
                var where = $"{api.Name}.{method.Name}";
                var verbs = method.GetCustomAttributes<HttpMethodAttribute>().ToList();
                if (verbs.Count != 1)
                {
                    violations.Add($"{where} has {verbs.Count} Refit verb attributes ([Get(\"/...\")], [Post(\"/...\")], ...); it needs exactly one.");
                    continue;
                }

                var verb = verbs[0];
                if (!method.Name.EndsWith("Async", StringComparison.Ordinal))
                {
                    violations.Add($"{where} does not end in Async: name it {{Action}}Async after its descriptor's action.");
                    continue;
                }

                var name = $"{resource}.{SdkEndpoints.Snake(method.Name[..^"Async".Length])}";
                var endpoint = SdkEndpoints.Named(name);
                if (endpoint is null)
                {
                    violations.Add(
                        $"{where} ([{SdkEndpoints.Pascal(verb.Method.Method)}(\"{verb.Path}\")]) has no descriptor named \"{name}\": declare `public static readonly MasivoEndpoint<{api.Name}, TArgs, TResult> " +
                        $"{method.Name[..^"Async".Length]} = new(\"{name}\", \"{verb.Method.Method}\", \"{verb.Path.TrimStart('/')}\", ...)` in the {api.Name[1..^"Api".Length]}Endpoints class beside {api.Name}.");
                    continue;
                }

                violations.Check(
                    endpoint.Api == api,
                    $"{endpoint.DeclaredAs} (\"{name}\") is a MasivoEndpoint<{endpoint.Api.Name}, ...> but its Refit method is {where}: make TApi {api.Name}.");
                violations.Check(
                    verb.Method.Method == endpoint.Endpoint.Method,
                    $"{where} is [{SdkEndpoints.Pascal(verb.Method.Method)}] but {endpoint.DeclaredAs}.Method is \"{endpoint.Endpoint.Method}\": the descriptor names the route in messages, spans and retry decisions, so they must agree.");
                violations.Check(
                    verb.Path == "/" + endpoint.Endpoint.PathTemplate,
                    $"{where} sends \"{verb.Path}\" but {endpoint.DeclaredAs}.PathTemplate is \"{endpoint.Endpoint.PathTemplate}\": make the attribute [{SdkEndpoints.Pascal(verb.Method.Method)}(\"/{endpoint.Endpoint.PathTemplate}\")] or fix the template.");

                var routeParameters = RouteParameter().Matches(verb.Path).Select(match => match.Groups["name"].Value).ToList();
                violations.Check(
                    routeParameters.SequenceEqual(endpoint.Endpoint.PathParameters),
                    $"{where}'s route parameters [{string.Join(", ", routeParameters)}] differ from {endpoint.DeclaredAs}.PathParameters [{string.Join(", ", endpoint.Endpoint.PathParameters)}].");

                var parameters = method.GetParameters();
                var names = parameters.Select(p => p.GetCustomAttribute<AliasAsAttribute>()?.Name ?? p.Name).ToHashSet(StringComparer.Ordinal);
                foreach (var routeParameter in routeParameters.Where(p => !names.Contains(p)))
                {
                    violations.Add($"{where} has no parameter named '{routeParameter}' (or [AliasAs(\"{routeParameter}\")]) for its route's {{{routeParameter}}}.");
                }

                violations.Check(
                    parameters.Any(p => p.ParameterType == typeof(MasivoEndpoint) && p.GetCustomAttribute<PropertyAttribute>()?.Key == MasivoEndpoint.RequestOptionKey),
                    $"{where} needs the parameter `[Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint`: the pipeline reads the descriptor from the request (retry safety, telemetry, errors).");
                violations.Check(
                    parameters.LastOrDefault()?.ParameterType == typeof(CancellationToken),
                    $"{where} must take `CancellationToken cancellationToken` last.");
                violations.Check(
                    method.ReturnType == typeof(Task<HttpResponseMessage>),
                    $"{where} must return Task<HttpResponseMessage>: EndpointCall reads every answer as its descriptor's Response says.");
            }
        }

        foreach (var endpoint in SdkEndpoints.All)
        {
            var method = endpoint.Api.GetMethods().FirstOrDefault(m => m.Name.EndsWith("Async", StringComparison.Ordinal)
                && SdkEndpoints.Snake(m.Name[..^"Async".Length]) == endpoint.Action);
            violations.Check(
                method is not null && ApiName().IsMatch(endpoint.Api.Name) && SdkEndpoints.Snake(ApiName().Match(endpoint.Api.Name).Groups["resource"].Value) == endpoint.Resource,
                $"{endpoint.DeclaredAs} (\"{endpoint.Name}\") has no Refit method: add `[{SdkEndpoints.Pascal(endpoint.Endpoint.Method)}(\"/{endpoint.Endpoint.PathTemplate}\")] Task<HttpResponseMessage> {SdkEndpoints.Pascal(endpoint.Action)}Async(..., " +
                $"[Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint, CancellationToken cancellationToken)` to I{SdkEndpoints.Pascal(endpoint.Resource)}Api, and make it the descriptor's TApi.");
        }

        violations.AssertNone();
    }

    [GeneratedRegex("^I(?<resource>[A-Z][A-Za-z0-9]*)Api$")]
    private static partial Regex ApiName();

    [GeneratedRegex(@"\{\**(?<name>[^}:?]+)[^}]*\}")]
    private static partial Regex RouteParameter();
}
