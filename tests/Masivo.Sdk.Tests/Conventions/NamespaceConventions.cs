using System.CodeDom.Compiler;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Masivo.Sdk.Tests.Conventions;

/// <summary>
/// One namespace for users, one for everything else: every public type of Masivo.Sdk is in
/// <c>Masivo.Sdk</c> (one <c>using</c>), the DI extensions in <c>Microsoft.Extensions.DependencyInjection</c>,
/// and every non-public type in <c>Masivo.Sdk.Internal</c>; likewise <c>Masivo.Sdk.Testing</c> and
/// <c>Masivo.Sdk.Testing.Internal</c>. Masivo.Sdk.AspNetCore adds to <c>Masivo.Sdk</c> (its users already have that
/// <c>using</c>) and puts its endpoint-mapping extensions where ASP.NET Core's own are, <c>Microsoft.AspNetCore.Builder</c>
/// (as <c>MapHealthChecks</c>), beside the DI rule; its non-public types are in <c>Masivo.Sdk.AspNetCore.Internal</c>.
/// Types the compiler or a source generator writes are theirs to place.
/// </summary>
public sealed class NamespaceConventions
{
    private const string DependencyInjection = "Microsoft.Extensions.DependencyInjection";

    private const string AspNetCoreBuilder = "Microsoft.AspNetCore.Builder";

    public static TheoryData<string> Packages() => new() { "Masivo.Sdk", "Masivo.Sdk.Testing", "Masivo.Sdk.AspNetCore" };

    [Theory]
    [MemberData(nameof(Packages))]
    public void Public_types_are_in_the_package_namespace_and_the_rest_in_its_Internal_namespace(string package)
    {
        var assembly = package switch
        {
            "Masivo.Sdk" => typeof(MasivoClient).Assembly,
            "Masivo.Sdk.Testing" => typeof(Masivo.Sdk.Testing.MasivoFakeServer).Assembly,
            _ => typeof(Microsoft.AspNetCore.Builder.MasivoWebhookEndpointRouteBuilderExtensions).Assembly,
        };
        Assert.Equal(package, assembly.GetName().Name);

        // Masivo.Sdk.AspNetCore extends Masivo.Sdk: its users have `using Masivo.Sdk;` already, and no third namespace to learn.
        var publicNamespace = package == "Masivo.Sdk.AspNetCore" ? "Masivo.Sdk" : package;
        var violations = new Violations(
            $"Every public type of {package} is in namespace {publicNamespace} (registration's extension classes and builder in {DependencyInjection}" +
            (package == "Masivo.Sdk.AspNetCore" ? $"; endpoint-mapping extension classes in {AspNetCoreBuilder}, as ASP.NET Core's own" : string.Empty) +
            $"), and every non-public type in {package}.Internal (file-scoped `namespace {package}.Internal;`), so users see the public surface with one using and nothing else.");

        var checkedTypes = 0;
        foreach (var type in assembly.GetTypes().Where(type => !type.IsNested && !IsGenerated(type)))
        {
            checkedTypes++;
            if (type.IsPublic)
            {
                var allowed = type.Namespace == publicNamespace
                    || (type.Namespace == DependencyInjection && IsRegistrationType(type))
                    || (package == "Masivo.Sdk.AspNetCore" && type.Namespace == AspNetCoreBuilder && IsExtensionsClass(type));
                violations.Check(
                    allowed,
                    $"{type.FullName} is public: move it to namespace {publicNamespace}" +
                    (type.Namespace == DependencyInjection ? $" (only the static *Extensions classes of registration and the builder they return, I*Builder, belong in {DependencyInjection})." :
                     type.Namespace == AspNetCoreBuilder ? $" (only Masivo.Sdk.AspNetCore's static *Extensions classes belong in {AspNetCoreBuilder})." : "."));
            }
            else
            {
                violations.Check(
                    type.Namespace == package + ".Internal",
                    $"{type.FullName} is {(type.IsNotPublic ? "internal" : "not public")}: move it to namespace {package}.Internal.");
            }
        }

        Assert.True(checkedTypes >= (package == "Masivo.Sdk.AspNetCore" ? 2 : 5), $"Only {checkedTypes} types of {package} were checked: is IsGenerated excluding too much?");
        violations.AssertNone();
    }

    /// <summary>
    /// Written by the compiler (closures, collection-expression helpers, &lt;PrivateImplementationDetails&gt;) or
    /// entirely by a source generator in a namespace of its own (Refit's clients, the options validator's and the
    /// configuration binder's helpers). Our own partial types that a generator completes (MasivoJsonContext) are checked.
    /// </summary>
    private static bool IsGenerated(Type type) =>
        type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false)
        || (type.IsDefined(typeof(GeneratedCodeAttribute), inherit: false) && type.Namespace?.StartsWith("Masivo.", StringComparison.Ordinal) != true);

    /// <summary>Registration's own types, as with <c>AddHttpClient</c>: static extension classes, and the builder interface they return.</summary>
    private static bool IsRegistrationType(Type type) =>
        IsExtensionsClass(type)
        || (type.IsInterface && type.Name.StartsWith("I", StringComparison.Ordinal) && type.Name.EndsWith("Builder", StringComparison.Ordinal));

    /// <summary>A static class (abstract and sealed in IL) named *Extensions.</summary>
    private static bool IsExtensionsClass(Type type) =>
        type.IsAbstract && type.IsSealed && type.Name.EndsWith("Extensions", StringComparison.Ordinal);
}
