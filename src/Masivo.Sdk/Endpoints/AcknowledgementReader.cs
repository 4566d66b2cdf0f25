using System.Text;
using System.Text.Json;

namespace Masivo.Sdk.Internal;

/// <summary>
/// Reads the success of an endpoint whose answer Masivo documents without a body (<see cref="ResponseShape.Acknowledgement"/>):
/// any 2xx is the acknowledgement. Its body, if it has one, is read for a message wherever it is —
/// <c>{"message": …}</c>, <c>{"data": {"message": …}}</c> or a JSON string — and any other JSON, or none, leaves the
/// message <see langword="null"/>. Only a body that is not JSON at all is an invalid response.
/// </summary>
internal static class AcknowledgementReader
{
    public static async Task ReadAsync(HttpResponseMessage response, MasivoEndpoint endpoint, CancellationToken cancellationToken)
    {
        var content = response.Content;
        string? message = null;
        if (content.Headers.ContentLength != 0)
        {
            try
            {
                var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                using var buffer = new MemoryStream();
                await new LimitedReadStream(stream, ResponseReadingHandler.MaxBodyBytes).CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
                var bytes = Utf8(buffer.ToArray(), content.Headers.ContentType?.CharSet);
                if (!IsBlank(bytes))
                {
                    using var document = JsonDocument.Parse(bytes);
                    message = MessageOf(document.RootElement);
                }
            }
            catch (Exception exception) when (exception is JsonException or ArgumentException or NotSupportedException or InvalidOperationException)
            {
                throw new MasivoInvalidResponseException(
                    $"Masivo answered {(int)response.StatusCode} to {endpoint.Route} with a body that is not JSON: {exception.Message} The call may have succeeded.",
                    exception)
                {
                    StatusCode = (int)response.StatusCode,
                    Operation = endpoint.Name,
                };
            }
        }

        response.Content = new ParsedAnswerContent<MigrationAcknowledgement>(new MigrationAcknowledgement { Message = message });
        content.Dispose();
    }

    private static string? MessageOf(JsonElement root) => root.ValueKind switch
    {
        JsonValueKind.String => root.GetString(),
        JsonValueKind.Object when root.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String => message.GetString(),
        JsonValueKind.Object when root.TryGetProperty("data", out var data) => MessageOf(data),
        _ => null,
    };

    private static byte[] Utf8(byte[] body, string? charset)
    {
        var name = charset?.Trim().Trim('"');
        return name is null || name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase)
            ? body
            : Encoding.UTF8.GetBytes(Encoding.GetEncoding(name).GetString(body));
    }

    private static bool IsBlank(ReadOnlySpan<byte> body)
    {
        // A UTF-8 byte order mark is not content.
        if (body.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }

        return body.Trim(" \t\r\n"u8).IsEmpty;
    }
}
