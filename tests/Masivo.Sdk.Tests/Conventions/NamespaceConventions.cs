using System.CodeDom.Compiler;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Masivo.Sdk.Tests.Conventions;

/// <summary>
/// One namespace for users, one for everything else: every public type of Masivo.Sdk is in
/// <c>Masivo.Sdk</c> (one <c>using</c>), the DI extensions in <c>Microsoft.Extensions.DependencyInjection</c>,
/// and every non-public type in <c>Masivo.Sdk.Internal</c>; likewise <c>Masivo.Sdk.Testing</c> and
/// <c>Masivo.Sdk.Testing.Internal</c>. Types the compiler or a source generator writes are theirs to place.
/// </summary>
public sealed class NamespaceConventions
{
    private const string DependencyInjection = "Microsoft.Extensions.DependencyInjection";

    public static TheoryData<string> Packages() => new() { "Masivo.Sdk", "Masivo.Sdk.Testing" };

    [Theory]
    [MemberData(nameof(Packages))]
    public void Public_types_are_in_the_package_namespace_and_the_rest_in_its_Internal_namespace(string package)
    {
        var assembly = package == "Masivo.Sdk" ? typeof(MasivoClient).Assembly : typeof(Masivo.Sdk.Testing.MasivoFakeServer).Assembly;
        var violations = new Violations(
            $"Every public type of {package} is in namespace {package} (registration's extension classes and builder in {DependencyInjection}), " +
            $"and every non-public type in {package}.Internal (file-scoped `namespace {package}.Internal;`), so users see the public surface with one using and nothing else.");

        var checkedTypes = 0;
        foreach (var type in assembly.GetTypes().Where(type => !type.IsNested && !IsGenerated(type)))
        {
            checkedTypes++;
            if (type.IsPublic)
            {
                var allowed = type.Namespace == package
                    || (type.Namespace == DependencyInjection && IsRegistrationType(type));
                violations.Check(
                    allowed,
                    $"{type.FullName} is public: move it to namespace {package}" +
                    (type.Namespace == DependencyInjection ? $" (only the static *Extensions classes of registration and the builder they return, I*Builder, belong in {DependencyInjection})." : "."));
            }
            else
            {
                violations.Check(
                    type.Namespace == package + ".Internal",
                    $"{type.FullName} is {(type.IsNotPublic ? "internal" : "not public")}: move it to namespace {package}.Internal.");
            }
        }

        Assert.True(checkedTypes > 5, $"Only {checkedTypes} types of {package} were checked: is IsGenerated excluding too much?");
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
        (type.IsAbstract && type.IsSealed && type.Name.EndsWith("Extensions", StringComparison.Ordinal))
        || (type.IsInterface && type.Name.StartsWith("I", StringComparison.Ordinal) && type.Name.EndsWith("Builder", StringComparison.Ordinal));
}
