using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Masivo.Sdk.Internal;

/// <summary>
/// Reads Masivo's answer to one call: a non-2xx becomes the matching <see cref="MasivoApiException"/>;
/// a 2xx body is read straight from the response stream with its source-generated type (inside the attempt,
/// by <see cref="ResponseReadingHandler"/>), a body that cannot be read becoming a <see cref="MasivoInvalidResponseException"/>.
/// </summary>
internal static class ResponseReader
{
    /// <summary>Throws the <see cref="MasivoApiException"/> of a non-2xx answer.</summary>
    public static async Task ThrowIfFailedAsync(HttpResponseMessage response, TimeProvider timeProvider)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw (await ApiErrorFactory.FromResponseAsync(response, timeProvider).ConfigureAwait(false))!;
        }
    }

    /// <summary>
    /// Reads a 2xx body as JSON of <paramref name="typeInfo"/>, straight from the response stream, and leaves the
    /// value in the response as its <see cref="ParsedAnswerContent{T}"/> (the body's bytes are gone).
    /// </summary>
    /// <returns>The value, or <see langword="null"/> for an empty body.</returns>
    public static async Task<T?> ReadJsonAsync<T>(
        HttpResponseMessage response,
        JsonTypeInfo<T> typeInfo,
        MasivoEndpoint operation,
        CancellationToken cancellationToken)
    {
        var content = response.Content;
        T? value = default;
        if (content.Headers.ContentLength != 0)
        {
            try
            {
                var charset = content.Headers.ContentType?.CharSet;
                var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                if (content.Headers.ContentLength is null)
                {
                    stream = new LimitedReadStream(stream, ResponseReadingHandler.MaxBodyBytes);
                }

                if (charset is null || IsUtf8(charset))
                {
                    value = await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    // Another charset: transcoded to UTF-8 as it is read, under the same limit.
                    var transcoded = Encoding.CreateTranscodingStream(stream, Encoding.GetEncoding(charset.Trim('"')), Encoding.UTF8, leaveOpen: true);
                    await using (transcoded.ConfigureAwait(false))
                    {
                        value = await JsonSerializer.DeserializeAsync(transcoded, typeInfo, cancellationToken).ConfigureAwait(false);
                    }
                }
            }
            catch (Exception exception) when (exception is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
            {
                throw new MasivoInvalidResponseException(
                    $"Masivo answered {(int)response.StatusCode} to {operation.Route} with a body the SDK could not read: {exception.Message}",
                    exception)
                {
                    StatusCode = (int)response.StatusCode,
                    Operation = operation.Name,
                };
            }
        }

        response.Content = new ParsedAnswerContent<T>(value);
        content.Dispose();
        return value;
    }

    private static bool IsUtf8(string charset)
    {
        var name = charset.AsSpan().Trim('"');
        return name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }
}
