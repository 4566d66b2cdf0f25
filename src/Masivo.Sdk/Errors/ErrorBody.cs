using System.Text.Json.Serialization;

namespace Masivo.Sdk.Internal;

/// <summary>Masivo's error body: <c>{"error","details"}</c>, plus <c>requirement</c> on coupon conditions.</summary>
internal sealed class ErrorBody
{
    [JsonPropertyName("error")] public string? Error { get; set; }

    [JsonPropertyName("details")] public string? Details { get; set; }

    [JsonPropertyName("requirement")] public string? Requirement { get; set; }
}
