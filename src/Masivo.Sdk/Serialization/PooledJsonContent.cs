using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Masivo.Sdk.Internal;

/// <summary>
/// A JSON body serialized once into pooled segments and sent with a Content-Length: a retry resends
/// the same bytes without serializing again, and no proxy has to cope with a chunked upload of
/// megabytes. The buffer returns to the pool when the request is disposed, unless the content only
/// borrows it (<see cref="SerializedJson"/> keeps it for resends).
/// </summary>
internal sealed class PooledJsonContent : HttpContent
{
    private readonly PooledBufferWriter _buffer;
    private readonly bool _ownsBuffer;

    private PooledJsonContent(PooledBufferWriter buffer, bool ownsBuffer)
    {
        _buffer = buffer;
        _ownsBuffer = ownsBuffer;
        Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
    }

    public static PooledJsonContent Create<T>(T value, JsonTypeInfo<T> typeInfo, long expectedSize)
    {
        var buffer = new PooledBufferWriter(expectedSize);
        try
        {
            using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true, Encoder = typeInfo.Options.Encoder });
            JsonSerializer.Serialize(writer, value, typeInfo);
            return new PooledJsonContent(buffer, ownsBuffer: true);
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    /// <summary>A content over bytes someone else owns and disposes.</summary>
    public static PooledJsonContent Borrowing(PooledBufferWriter buffer) => new(buffer, ownsBuffer: false);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        _buffer.CopyToAsync(stream, CancellationToken.None);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        _buffer.CopyToAsync(stream, cancellationToken);

    protected override bool TryComputeLength(out long length)
    {
        length = _buffer.WrittenCount;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _ownsBuffer)
        {
            _buffer.Dispose();
        }

        base.Dispose(disposing);
    }
}
