using System.Net;

namespace Masivo.Sdk.Internal;

/// <summary>
/// A success's body once <see cref="ResponseReadingHandler"/> has deserialized it inside the attempt: the
/// value itself, so <see cref="EndpointCall"/> takes it as it is. Nothing reads it as bytes.
/// </summary>
internal sealed class ParsedAnswerContent<T>(T? value) : HttpContent
{
    public T? Value { get; } = value;

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        throw new NotSupportedException("The answer was read into a value already; its bytes are gone.");

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
