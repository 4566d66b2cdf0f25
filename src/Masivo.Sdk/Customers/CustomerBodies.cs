using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Masivo.Sdk.Internal;

/// <summary>The body of <c>PATCH customers/{id}/tags</c>: the tags to upsert.</summary>
internal sealed class CustomerTagsBody(JsonObject tags)
{
    [JsonPropertyName("tags")] public JsonObject Tags { get; } = tags;
}

/// <summary>
/// The body of <c>DELETE customers/{id}/tags</c>: the names of the tags to remove. Masivo's reference does not
/// show how the names travel; a <c>tags</c> array, beside the <c>tags</c> object its PATCH takes, is the likely form.
/// </summary>
internal sealed class CustomerTagNamesBody(IReadOnlyList<string> tags)
{
    [JsonPropertyName("tags")] public IReadOnlyList<string> Tags { get; } = tags;
}

/// <summary>The body of <c>PATCH customers/{id}/consent</c>, and the <c>data</c> of both consent answers: <c>{"consent": {…}}</c>.</summary>
internal sealed class CustomerConsentBody
{
    [JsonPropertyName("consent")] public CustomerConsent? Consent { get; set; }
}
