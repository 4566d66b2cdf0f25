using System.Reflection;

namespace Masivo.Sdk.Tests.Conventions;

/// <summary>
/// The resource clients (the public properties of <see cref="MasivoClient"/> whose type ends in
/// <c>Client</c>) and the descriptors they send meet one to one, by name: <c>CustomersClient.GetAsync</c>
/// sends <c>customers.get</c>, both <c>MigrateAsync</c> overloads send <c>customers.migrate</c>. And every
/// resource client can be mocked and cancelled the way Azure SDK clients can.
/// </summary>
public sealed class ResourceClientConventions
{
    /// <summary>Descriptors no public method sends, because the SDK sends them itself, with the reason.</summary>
    private static readonly Dictionary<string, string> SentByTheSdk = new()
    {
        ["auth.authorize"] = "the API-key exchange, sent by the client before a call when it has no usable token",
    };

    private static IEnumerable<PropertyInfo> Resources =>
        typeof(MasivoClient).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.PropertyType.Name.EndsWith("Client", StringComparison.Ordinal));

    private static IEnumerable<MethodInfo> PublicMethods(Type client) =>
        client.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(method => !method.IsSpecialName);

    [Fact]
    public void MasivoClient_has_resource_clients()
    {
        Assert.True(Resources.Count() >= 3, "The conventions found fewer than 3 resource clients on MasivoClient: has the 'ends in Client' rule changed?");
    }

    [Fact]
    public void Every_public_method_of_a_resource_client_sends_the_descriptor_named_after_it()
    {
        var violations = new Violations(
            "Every public method of a resource client sends the descriptor named {resource}.{action} (CustomersClient.GetAsync sends customers.get; " +
            "both MigrateAsync overloads send the migration whose Batch is customers.migrate), and that descriptor's ArgumentName is the method's first parameter.");

        foreach (var resource in Resources)
        {
            var client = resource.PropertyType;
            foreach (var overloads in PublicMethods(client).GroupBy(method => method.Name))
            {
                var method = overloads.Key;
                if (!method.EndsWith("Async", StringComparison.Ordinal))
                {
                    violations.Add($"{client.Name}.{method} does not end in Async: a resource client's methods are calls to Masivo, named {{Action}}Async after their descriptor.");
                    continue;
                }

                var action = method[..^"Async".Length];
                var name = $"{SdkEndpoints.Snake(resource.Name)}.{SdkEndpoints.Snake(action)}";
                var endpoint = SdkEndpoints.Named(name);
                if (endpoint is null)
                {
                    violations.Add(
                        $"{client.Name}.{method} has no descriptor named \"{name}\": declare `public static readonly MasivoEndpoint<I{resource.Name}Api, TArgs, TResult> {action} = new(\"{name}\", ...)` " +
                        $"(for a migration, a MigrationEndpoint whose Batch is named \"{name}\") in {SdkEndpoints.Folder(resource.Name)}{resource.Name}Endpoints.cs, " +
                        $"and make {method} the one line `EndpointCall.RunAsync(Context, {resource.Name}Endpoints.{action}, ...)` (or `Migration.RunAsync(...)`).");
                    continue;
                }

                var methods = overloads.ToList();
                if (endpoint.IsMigration)
                {
                    var sources = methods.Select(m => m.GetParameters().FirstOrDefault()?.ParameterType).ToList();
                    var record = endpoint.Arguments.Name;
                    violations.Check(
                        methods.Count == 2
                            && sources.Contains(typeof(IEnumerable<>).MakeGenericType(endpoint.Arguments))
                            && sources.Contains(typeof(IAsyncEnumerable<>).MakeGenericType(endpoint.Arguments)),
                        $"{client.Name}.{method} sends the migration {name} ({endpoint.DeclaredAs}): it must be exactly two overloads, taking IEnumerable<{record}> and IAsyncEnumerable<{record}> " +
                        $"(found {methods.Count}: {string.Join("; ", methods.Select(Signature))}).");
                }
                else
                {
                    violations.Check(
                        methods.Count == 1,
                        $"{client.Name}.{method} has {methods.Count} overloads, but {name} is one endpoint: give each call its own name and descriptor ({string.Join("; ", methods.Select(Signature))}).");
                }

                foreach (var overload in methods)
                {
                    var parameters = overload.GetParameters();
                    var first = parameters.FirstOrDefault();
                    violations.Check(
                        first?.Name == endpoint.ArgumentName,
                        $"{Signature(overload)}: its first parameter is '{first?.Name}', but {endpoint.DeclaredAs}.ArgumentName is \"{endpoint.ArgumentName}\" " +
                        "(ArgumentException.ParamName names it to the caller): rename one so they match.");
                    if (!endpoint.IsMigration && parameters.Length == 2 && first is not null)
                    {
                        violations.Check(
                            first.ParameterType == endpoint.Arguments,
                            $"{Signature(overload)} takes {first.ParameterType.Name}, but {endpoint.DeclaredAs} is a MasivoEndpoint<_, {endpoint.Arguments.Name}, _>: is it the right descriptor?");
                    }
                }
            }
        }

        foreach (var endpoint in SdkEndpoints.All.Where(endpoint => !SentByTheSdk.ContainsKey(endpoint.Name)))
        {
            var resource = Resources.FirstOrDefault(property => SdkEndpoints.Snake(property.Name) == endpoint.Resource);
            var pascal = SdkEndpoints.Pascal(endpoint.Resource);
            if (resource is null)
            {
                violations.Add(
                    $"{endpoint.DeclaredAs} (\"{endpoint.Name}\") belongs to the resource '{endpoint.Resource}', but MasivoClient has no resource client for it: " +
                    $"add `public virtual {pascal}Client {pascal} => Resource(ref _{endpoint.Resource}, ...)` to src/Masivo.Sdk/Client/MasivoClient.cs and the client beside its descriptors in {SdkEndpoints.Folder(pascal)} " +
                    "(or, if the SDK sends it by itself, list it in ResourceClientConventions.SentByTheSdk with the reason).");
                continue;
            }

            var method = SdkEndpoints.Pascal(endpoint.Action) + "Async";
            violations.Check(
                PublicMethods(resource.PropertyType).Any(m => m.Name == method),
                $"{endpoint.DeclaredAs} (\"{endpoint.Name}\") is sent by no public method: add " +
                (endpoint.IsMigration
                    ? $"the two overloads `public virtual Task<MigrationResult<{endpoint.Arguments.Name}>> {method}(IEnumerable<{endpoint.Arguments.Name}> {endpoint.ArgumentName}, MigrationOptions? options = null, CancellationToken cancellationToken = default)` and its IAsyncEnumerable twin"
                    : $"`public virtual Task<...> {method}({endpoint.Arguments.Name} {endpoint.ArgumentName}, CancellationToken cancellationToken = default)`") +
                $" to {resource.PropertyType.Name} ({SdkEndpoints.Folder(pascal)}{resource.PropertyType.Name}.cs), or rename the descriptor after the method that sends it.");
        }

        violations.AssertNone();
    }

    [Fact]
    public void Resource_clients_can_be_mocked_and_every_call_cancelled()
    {
        var violations = new Violations(
            "Resource clients are mockable like Azure SDK clients: MasivoClient's resource properties and every public method are public virtual, " +
            "each client has a protected parameterless constructor, and every method takes `CancellationToken cancellationToken = default` last.");

        foreach (var resource in Resources)
        {
            var client = resource.PropertyType;
            var getter = resource.GetMethod!;
            violations.Check(
                getter.IsPublic && getter.IsVirtual && !getter.IsFinal,
                $"MasivoClient.{resource.Name} must be `public virtual` (src/Masivo.Sdk/Client/MasivoClient.cs), so a mocked MasivoClient can return a mocked {client.Name}.");
            violations.Check(!client.IsSealed, $"{client.Name} is sealed: a mock cannot derive from it. Remove `sealed`.");
            var constructor = client.GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes);
            violations.Check(
                constructor is { IsFamily: true },
                $"{client.Name} needs `protected {client.Name}() {{ }}` (for mocking; its calls then throw MockingGuard.NotConfigured).");

            foreach (var method in PublicMethods(client))
            {
                violations.Check(
                    method.IsVirtual && !method.IsFinal,
                    $"{Signature(method)} must be `public virtual`, so a mock can set it up.");
                var last = method.GetParameters().LastOrDefault();
                violations.Check(
                    last is { Name: "cancellationToken", HasDefaultValue: true } && last.ParameterType == typeof(CancellationToken),
                    $"{Signature(method)} must end with `CancellationToken cancellationToken = default`.");
            }
        }

        violations.AssertNone();
    }

    private static string Signature(MethodInfo method) =>
        $"{method.DeclaringType!.Name}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => $"{TypeName(p.ParameterType)} {p.Name}"))})";

    private static string TypeName(Type type) =>
        type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>" : type.Name;
}
