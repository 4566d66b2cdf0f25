using System.Collections;
using System.Reflection;

namespace Masivo.Sdk.Tests.Support;

internal static class ModelAssert
{
    /// <summary>
    /// Asserts that every model reachable from <paramref name="root"/> (through envelopes and batch bodies
    /// too) mapped all its JSON to typed properties: a round trip alone cannot show a missing property,
    /// since unknown fields round-trip too.
    /// </summary>
    public static void NothingInAdditionalProperties(object? root)
    {
        var unmapped = new List<string>();
        Walk(root, "$", unmapped);
        Assert.True(unmapped.Count == 0, "Fields with no typed property: " + string.Join(", ", unmapped));
    }

    private static void Walk(object? value, string path, List<string> unmapped)
    {
        switch (value)
        {
            case null or string or System.Text.Json.Nodes.JsonNode:
                return;
            case MasivoModel model:
                foreach (var name in model.AdditionalProperties?.Keys ?? [])
                {
                    unmapped.Add($"{path}.{name}");
                }

                WalkProperties(model, path, unmapped);
                return;
            case IEnumerable items:
                var index = 0;
                foreach (var item in items)
                {
                    Walk(item, $"{path}[{index++}]", unmapped);
                }

                return;
            case { } other when !other.GetType().IsValueType && other.GetType().Assembly == typeof(MasivoModel).Assembly:
                // An envelope ({"data": …}) or a batch body ({"contacts": […]}): what it holds is walked.
                WalkProperties(other, path, unmapped);
                return;
        }
    }

    private static void WalkProperties(object value, string path, List<string> unmapped)
    {
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.Name != nameof(MasivoModel.AdditionalProperties) && property.GetIndexParameters().Length == 0)
            {
                Walk(property.GetValue(value), $"{path}.{property.Name}", unmapped);
            }
        }
    }
}
