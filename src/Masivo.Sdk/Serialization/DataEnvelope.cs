using System.Text.Json.Serialization;

namespace Masivo.Sdk.Internal;

/// <summary>Masivo wraps every success body in <c>{"data": ...}</c>.</summary>
internal sealed class DataEnvelope<T>
{
    [JsonPropertyName("data")] public T? Data { get; set; }
}
