using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Masivo.Sdk.Internal;

/// <summary>
/// Walks a model and the models and lists it holds, from the source-generated JSON metadata (no
/// reflection): for a request, <see cref="MasivoModel.AdditionalProperties"/> must not repeat a member the model
/// already sends (the JSON would carry the field twice, and which one Masivo reads is anyone's guess);
/// for an answer, a list Masivo documents as objects must not hold a null.
/// </summary>
internal static class ModelGraph
{
    private static readonly ConcurrentDictionary<Type, Shape> Shapes = new();
    private static readonly ConcurrentDictionary<Type, bool> ListShapes = new();

    /// <summary>Throws an <see cref="ArgumentException"/> naming the field when extra fields repeat a member.</summary>
    public static void RequireNoRepeatedMembers(object? model, string paramName)
    {
        if (FindRepeatedMember(model, paramName) is { } path)
        {
            throw new ArgumentException(
                $"{path} is set both as a property and in AdditionalProperties; the JSON would carry it twice. Set it once.", paramName);
        }
    }

    /// <summary>The path of the first null element of a list in <paramref name="model"/>, or <see langword="null"/>.</summary>
    public static string? FindNullElement(object? model, string root) =>
        Walk(model, nullElements: true, elementsAreObjects: model is not null && HoldsObjects(model.GetType())) is { } found ? root + found : null;

    private static string? FindRepeatedMember(object? model, string root) =>
        Walk(model, nullElements: false, elementsAreObjects: false) is { } found ? root + found : null;

    // Returns the path below value to what was found, or null; built only on the way back from a find,
    // so an answer without nulls (every answer, on the call path) costs no strings.
    // elementsAreObjects: whether a list here holds objects (models, or lists of them); only there is a null refused.
    private static string? Walk(object? value, bool nullElements, bool elementsAreObjects)
    {
        switch (value)
        {
            case null or string or JsonNode:
                return null;
            case MasivoModel model:
                var shape = Shapes.GetOrAdd(model.GetType(), Describe);
                if (!nullElements && model.AdditionalProperties is { Count: > 0 } extra)
                {
                    foreach (var key in extra.Keys)
                    {
                        // A typed member left null is not written, so the extra field is the only one.
                        if (shape.Members.TryGetValue(key, out var member) && (member is null || member(model) is not null))
                        {
                            return "." + key;
                        }
                    }
                }

                foreach (var (name, get, childHoldsObjects) in shape.Children)
                {
                    if (Walk(get(model), nullElements, childHoldsObjects) is { } found)
                    {
                        return "." + name + found;
                    }
                }

                return null;
            case IList list:
                // By index: a list's enumerator, boxed, would be an allocation per list per walk.
                for (var index = 0; index < list.Count; index++)
                {
                    if (WalkElement(list[index], index, nullElements, elementsAreObjects) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case IEnumerable sequence when value is not IDictionary:
                var position = 0;
                foreach (var item in sequence)
                {
                    if (WalkElement(item, position++, nullElements, elementsAreObjects) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static string? WalkElement(object? item, int index, bool nullElements, bool elementsAreObjects)
    {
        var found = item is null
            ? (nullElements && elementsAreObjects ? string.Empty : null)
            : Walk(item, nullElements, nullElements && HoldsObjects(item.GetType()));
        return found is null ? null : string.Create(CultureInfo.InvariantCulture, $"[{index}]{found}");
    }

    private static Shape Describe(Type type)
    {
        var info = MasivoJsonContext.Default.GetTypeInfo(type)
            ?? throw new InvalidOperationException($"{type.Name} is not in the SDK's JSON context.");
        var members = new Dictionary<string, Func<object, object?>?>(StringComparer.Ordinal);
        var children = new List<(string, Func<object, object?>, bool)>();
        foreach (var property in info.Properties)
        {
            members[property.Name] = property.Get;
            if (property.Get is { } get && MayHoldModels(property))
            {
                children.Add((property.Name, get, DescribeList(property.PropertyType)));
            }
        }

        return new Shape(members, children);
    }

    /// <summary>Whether a list of this type holds objects Masivo documents as such: models, or lists of them.</summary>
    private static bool HoldsObjects(Type type) => ListShapes.GetOrAdd(type, DescribeList);

    private static bool DescribeList(Type type)
    {
        var element = type.IsArray ? type.GetElementType()
            : type.IsGenericType && type.GetGenericArguments() is [var only] ? only
            : null;
        return element is not null
            && element != typeof(string)
            && (typeof(MasivoModel).IsAssignableFrom(element) || typeof(JsonNode).IsAssignableFrom(element) || HoldsObjects(element));
    }

    private static bool MayHoldModels(JsonPropertyInfo property) =>
        property.PropertyType != typeof(string)
        && !typeof(JsonNode).IsAssignableFrom(property.PropertyType)
        && (typeof(MasivoModel).IsAssignableFrom(property.PropertyType)
            || (typeof(IEnumerable).IsAssignableFrom(property.PropertyType) && !typeof(IDictionary).IsAssignableFrom(property.PropertyType)));

    private sealed record Shape(Dictionary<string, Func<object, object?>?> Members, List<(string Name, Func<object, object?> Get, bool ElementsAreObjects)> Children);
}
