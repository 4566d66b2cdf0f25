using System.Reflection;
using System.Text.Json;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk.Tests.Conventions;

/// <summary>
/// The endpoint descriptors the SDK declares, found by reflection: every static field of the Masivo.Sdk
/// assembly that holds a <see cref="MasivoEndpoint"/> or a <c>MigrationEndpoint&lt;,,&gt;</c> (whose
/// <c>Batch</c> is the endpoint). Each resource declares them in <c>src/Masivo.Sdk/{Resource}/{Resource}Endpoints.cs</c>.
/// </summary>
internal static class SdkEndpoints
{
    public static Assembly Assembly { get; } = typeof(MasivoClient).Assembly;

    public static IReadOnlyList<SdkEndpoint> All { get; } = Find();

    /// <summary>The descriptor named <paramref name="name"/>, if there is one.</summary>
    public static SdkEndpoint? Named(string name) => All.FirstOrDefault(endpoint => endpoint.Name == name);

    /// <summary>A C# name as descriptor names write it: <c>GetConsent</c> → <c>get_consent</c>.</summary>
    public static string Snake(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);

    /// <summary>A snake_case name as C# writes it: <c>get_consent</c> → <c>GetConsent</c>, <c>GET</c> → <c>Get</c>.</summary>
    public static string Pascal(string snake) =>
        string.Concat(snake.ToLowerInvariant().Split('_').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));

    /// <summary>The resource's folder in the SDK's sources, for messages: <c>src/Masivo.Sdk/Customers/</c>.</summary>
    public static string Folder(string resourcePascal) => $"src/Masivo.Sdk/{resourcePascal}/";

    private static List<SdkEndpoint> Find()
    {
        var found = new List<SdkEndpoint>();
        foreach (var type in Assembly.GetTypes().Where(type => !type.ContainsGenericParameters))
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (typeof(MasivoEndpoint).IsAssignableFrom(field.FieldType))
                {
                    found.Add(new SdkEndpoint((MasivoEndpoint)field.GetValue(null)!, field, Migration: null));
                }
                else if (field.FieldType.IsGenericType && field.FieldType.GetGenericTypeDefinition() == typeof(MigrationEndpoint<,,>))
                {
                    var migration = field.GetValue(null)!;
                    var batch = (MasivoEndpoint)field.FieldType.GetProperty(nameof(MigrationEndpoint<object, object, object>.Batch))!.GetValue(migration)!;
                    found.Add(new SdkEndpoint(batch, field, migration));
                }
            }
        }

        return found;
    }
}

/// <summary>One descriptor, where it is declared and, for a migration, the migration that sends its batches.</summary>
internal sealed record SdkEndpoint(MasivoEndpoint Endpoint, FieldInfo Field, object? Migration)
{
    public string Name => Endpoint.Name;

    /// <summary>Gets the resource part of the name: <c>customers</c> of <c>customers.get</c>.</summary>
    public string Resource => Name.Split('.')[0];

    /// <summary>Gets the action part of the name: <c>get</c> of <c>customers.get</c>.</summary>
    public string Action => Name.Split('.') is [_, var action] ? action : string.Empty;

    /// <summary>Gets where it is declared, as C# names it: <c>CustomersEndpoints.Get</c>.</summary>
    public string DeclaredAs => $"{Field.DeclaringType!.Name}.{Field.Name}";

    public bool IsMigration => Migration is not null;

    /// <summary>Gets the Refit interface its requests are built by: <c>TApi</c> of <c>MasivoEndpoint&lt;TApi, TArgs, TResult&gt;</c>.</summary>
    public Type Api => Endpoint.GetType().GetGenericArguments()[0];

    /// <summary>Gets what the public method passes: <c>TArgs</c>, or for a migration its record type.</summary>
    public Type Arguments => IsMigration ? Migration!.GetType().GetGenericArguments()[1] : Endpoint.GetType().GetGenericArguments()[1];

    /// <summary>Gets the name of the public method's parameter that carries the arguments.</summary>
    public string ArgumentName => (string)Endpoint.GetType().GetProperty(nameof(MasivoEndpoint<object, object, object>.ArgumentName))!.GetValue(Endpoint)!;

    public override string ToString() => Name;
}
