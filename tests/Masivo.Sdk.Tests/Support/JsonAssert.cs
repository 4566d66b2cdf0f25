using System.Text.Json.Nodes;

namespace Masivo.Sdk.Tests.Support;

internal static class JsonAssert
{
    /// <summary>Asserts two JSON documents are equal as JSON (property order aside), showing both on failure.</summary>
    public static void Equivalent(JsonNode? expected, JsonNode? actual)
    {
        if (!JsonNode.DeepEquals(expected, actual))
        {
            Assert.Fail($"JSON differs.\nExpected:\n{expected?.ToJsonString()}\nActual:\n{actual?.ToJsonString()}");
        }
    }

    public static void Equivalent(string expected, string actual) => Equivalent(JsonNode.Parse(expected), JsonNode.Parse(actual));
}
