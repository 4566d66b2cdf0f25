using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Masivo.Sdk.Internal;

/// <summary>
/// A JSON body serialized once into pooled segments, to be sent as many times as needed (a migration
/// batch resent after a 429): each send gets its own <see cref="PooledJsonContent"/> over the same
/// bytes, and the buffer returns to the pool only when this body is disposed.
/// </summary>
internal sealed class SerializedJson : IDisposable
{
    private readonly PooledBufferWriter _buffer;

    private SerializedJson(PooledBufferWriter buffer) => _buffer = buffer;

    public long Length => _buffer.WrittenCount;

    /// <exception cref="JsonException">The value cannot be serialized.</exception>
    /// <exception cref="ArgumentException">The value cannot be serialized, such as a NaN number.</exception>
    /// <exception cref="NotSupportedException">The value holds a type that cannot be serialized.</exception>
    public static SerializedJson Create<T>(T value, JsonTypeInfo<T> typeInfo, long expectedSize)
    {
        var buffer = new PooledBufferWriter(expectedSize);
        try
        {
            using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true, Encoder = typeInfo.Options.Encoder });
            JsonSerializer.Serialize(writer, value, typeInfo);
            return new SerializedJson(buffer);
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    /// <summary>A request body over these bytes; disposing it leaves them in place.</summary>
    public HttpContent ToContent() => PooledJsonContent.Borrowing(_buffer);

    public void Dispose() => _buffer.Dispose();
}
