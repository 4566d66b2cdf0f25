using System.Text.Json.Nodes;

namespace Masivo.Sdk.Tests.Support;

/// <summary>The request and response examples of Masivo's endpoint documentation, as JSON fixtures.</summary>
internal static class Seed
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", name));

    public static JsonNode Node(string name) => JsonNode.Parse(Text(name))!;

    /// <summary>
    /// The contacts search example with its two "&lt;array&gt;" placeholders (conditions, temporal_limits)
    /// replaced by arrays, which is what the API documents those fields to be.
    /// </summary>
    public static string ContactsSearchResponse() =>
        Text("contacts-search.response.json").Replace("\"<array>\"", "[{\"field\":\"email\"}]", StringComparison.Ordinal);
}
