using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk.Tests.Conventions;

/// <summary>
/// What goes over the wire is named as Masivo names it, and never by accident (after Stripe.net's
/// <c>JsonNamesAreSnakeCase</c> and <c>PropertiesHaveJsonAttributes</c>): every JSON property of every
/// type <see cref="MasivoJsonContext"/> reaches is snake_case, and every public settable property of a
/// model carries <c>[JsonPropertyName]</c> (or is its <c>[JsonExtensionData]</c>), so no naming policy,
/// context option or user's serializer options can rename it.
/// </summary>
public sealed partial class JsonModelConventions
{
    /// <summary>
    /// The names Masivo itself does not write in snake_case, each with where its documentation shows it: the SDK
    /// must send and read them as Masivo spells them. Add a name here only with the seed or page that shows it.
    /// </summary>
    private static readonly Dictionary<string, string> MasivoSpellsOtherwise = new(StringComparer.Ordinal)
    {
        ["isDefault"] = "contacts search answer, data[].data.identity_resolutions[].isDefault (Seeds/contacts-search.response.json)",
        ["osVersion"] = "customer devices, device_info.osVersion (Seeds/customers-migrate.request.json; masivo-api-reference: PATCH customers/{id}/devices)",
    };

    private static readonly Assembly[] Assemblies = [typeof(MasivoClient).Assembly, typeof(Masivo.Sdk.Testing.MasivoFakeServer).Assembly];

    /// <summary>Every object type the context serializes, walked from its [JsonSerializable] roots through properties, elements and keys.</summary>
    private static IReadOnlyList<JsonTypeInfo> ContextTypes()
    {
        var context = MasivoJsonContext.Default;
        var roots = typeof(MasivoJsonContext).GetCustomAttributesData()
            .Where(attribute => attribute.AttributeType == typeof(JsonSerializableAttribute))
            .Select(attribute => (Type)attribute.ConstructorArguments[0].Value!);
        var seen = new Dictionary<Type, JsonTypeInfo>();
        var pending = new Stack<Type>(roots);
        while (pending.TryPop(out var type))
        {
            if (seen.ContainsKey(type) || context.GetTypeInfo(type) is not { } info)
            {
                continue;
            }

            seen[type] = info;
            foreach (var property in info.Properties)
            {
                pending.Push(property.PropertyType);
            }

            if (info.Kind is JsonTypeInfoKind.Enumerable or JsonTypeInfoKind.Dictionary)
            {
                foreach (var element in ElementTypes(info.Type))
                {
                    pending.Push(element);
                }
            }
        }

        return [.. seen.Values];
    }

    /// <summary>What a collection holds (keys and values, for a dictionary); JsonTypeInfo.ElementType is .NET 9+.</summary>
    private static IEnumerable<Type> ElementTypes(Type collection)
    {
        var enumerables = (collection.IsInterface ? [collection] : Array.Empty<Type>()).Concat(collection.GetInterfaces())
            .Where(type => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        foreach (var element in enumerables.Select(type => type.GetGenericArguments()[0]))
        {
            if (element.IsGenericType && element.GetGenericTypeDefinition() == typeof(KeyValuePair<,>))
            {
                foreach (var part in element.GetGenericArguments())
                {
                    yield return part;
                }
            }
            else
            {
                yield return element;
            }
        }
    }

    /// <summary>The models: the SDK's object types the context serializes, every public <see cref="MasivoModel"/>, and every type with a [JsonPropertyName].</summary>
    private static IEnumerable<Type> Models() =>
        ContextTypes().Where(info => info.Kind == JsonTypeInfoKind.Object && Assemblies.Contains(info.Type.Assembly)).Select(info => info.Type)
            .Concat(Assemblies.SelectMany(assembly => assembly.GetTypes()).Where(type =>
                !type.IsInterface
                && ((type.IsPublic && typeof(MasivoModel).IsAssignableFrom(type))
                    || type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly).Any(p => p.IsDefined(typeof(JsonPropertyNameAttribute))))))
            .Where(type => !type.ContainsGenericParameters || type.IsGenericTypeDefinition)
            .Distinct();

    [Fact]
    public void Every_model_is_serialized_by_the_source_generated_context()
    {
        var reached = ContextTypes().Select(info => info.Type).ToHashSet();
        var violations = new Violations(
            "Every public model (a MasivoModel) is reached by MasivoJsonContext, from a [JsonSerializable] root through properties and collections: " +
            "the SDK reads and writes JSON only through the source-generated context (trimming, Native AOT).");
        foreach (var model in typeof(MasivoModel).Assembly.GetTypes().Where(type => type.IsPublic && !type.IsAbstract && typeof(MasivoModel).IsAssignableFrom(type)))
        {
            violations.Check(
                reached.Contains(model),
                $"{model.Name} is not in MasivoJsonContext: use it from a model the context serializes, or add [JsonSerializable(typeof({model.Name}))] to src/Masivo.Sdk/Serialization/MasivoJsonContext.cs.");
        }

        violations.AssertNone();
    }

    [Fact]
    public void Every_json_property_name_is_snake_case()
    {
        var violations = new Violations(
            "Every JSON property name is snake_case, as Masivo's API names them (a C#-cased name here means a property without [JsonPropertyName], " +
            "or a typo in one: fix the attribute on the property). A name Masivo's own documentation spells otherwise goes in " +
            "JsonModelConventions.MasivoSpellsOtherwise, with the seed that shows it.");

        foreach (var info in ContextTypes().Where(info => info.Kind == JsonTypeInfoKind.Object))
        {
            foreach (var property in info.Properties.Where(property => !property.IsExtensionData))
            {
                violations.Check(
                    IsWireName(property.Name),
                    $"{TypeName(info.Type)} writes \"{property.Name}\" (MasivoJsonContext): give {MemberName(property)} [JsonPropertyName(\"{SdkEndpoints.Snake(property.Name)}\")].");
            }
        }

        foreach (var type in Assemblies.SelectMany(assembly => assembly.GetTypes()))
        {
            foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (member.GetCustomAttribute<JsonPropertyNameAttribute>() is { } attribute)
                {
                    violations.Check(
                        IsWireName(attribute.Name),
                        $"{TypeName(type)}.{member.Name} has [JsonPropertyName(\"{attribute.Name}\")]: make it [JsonPropertyName(\"{SdkEndpoints.Snake(attribute.Name)}\")] (or what Masivo's documentation spells).");
                }
            }
        }

        violations.AssertNone();
    }

    [Fact]
    public void Every_settable_property_of_a_model_says_its_json_name()
    {
        var violations = new Violations(
            "Every public settable property of a model has [JsonPropertyName(\"snake_name\")] (or is the model's [JsonExtensionData] AdditionalProperties, " +
            "or is [JsonIgnore]d on purpose): a name left to a naming policy goes out camelCase the day the policy is lost.");

        foreach (var type in Models())
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var settable = property.SetMethod is { IsPublic: true };
                var serialized = property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0;
                if (!settable && !serialized)
                {
                    continue;
                }

                violations.Check(
                    property.IsDefined(typeof(JsonPropertyNameAttribute)) || property.IsDefined(typeof(JsonExtensionDataAttribute)) || property.IsDefined(typeof(JsonIgnoreAttribute)),
                    $"{TypeName(property.DeclaringType!)}.{property.Name} has no [JsonPropertyName]: add [JsonPropertyName(\"{SdkEndpoints.Snake(property.Name)}\")] " +
                    "(the name Masivo's documentation and the seeds use), or [JsonIgnore] if it is not part of the JSON.");
            }
        }

        violations.AssertNone();
    }

    private static bool IsWireName(string name) => SnakeCase().IsMatch(name) || MasivoSpellsOtherwise.ContainsKey(name);

    private static string MemberName(JsonPropertyInfo property) =>
        property.AttributeProvider is MemberInfo member ? $"{TypeName(member.DeclaringType!)}.{member.Name}" : $"the property written as \"{property.Name}\"";

    private static string TypeName(Type type) =>
        type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>" : type.Name;

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex SnakeCase();
}
