using System.Text.Json;
using System.Text.Json.Serialization;

namespace Masivo.Sdk.Internal;

/// <summary>
/// Writes UTC timestamps with a <c>Z</c> suffix, as Masivo does (<c>2023-11-07T05:31:56Z</c>),
/// instead of System.Text.Json's <c>+00:00</c>; other offsets are written as they are.
/// </summary>
internal sealed class UtcDateTimeOffsetJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        if (value.Offset == TimeSpan.Zero)
        {
            writer.WriteStringValue(value.UtcDateTime);
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
