using System.Text.Json;
using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>
/// Reads and writes an extensible enum as its plain string; a value this SDK does not know
/// round-trips untouched. Attached to each extensible enum with <see cref="JsonConverterAttribute"/>,
/// so any <see cref="JsonSerializerOptions"/> produce the same JSON.
/// </summary>
/// <typeparam name="T">The extensible enum type.</typeparam>
public sealed class ExtensibleEnumJsonConverter<T> : JsonConverter<T>
    where T : struct, IExtensibleEnum<T>
{
    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a JSON string for {typeof(T).Name}, found {reader.TokenType}.");
        }

        return T.FromValue(reader.GetString()!);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}
