using System.Text.Json.Serialization;

namespace Masivo.Sdk.Internal;

/// <summary>The data of a migration answer: <c>{"message": "... batch enqueued successfully"}</c>.</summary>
internal sealed class MigrationAcknowledgement
{
    [JsonPropertyName("message")] public string? Message { get; set; }
}
