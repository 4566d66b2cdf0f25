using System.Buffers;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Masivo.Sdk.Internal;

/// <summary>Turns a non-2xx answer into the matching <see cref="MasivoApiException"/>, with the server's error.</summary>
internal static class ApiErrorFactory
{
    // Enough for any error body Masivo sends; only this much of a larger one is read into the message.
    private const int MaxBodyBytes = 64 * 1024;

    public static async ValueTask<Exception?> FromResponseAsync(HttpResponseMessage response, TimeProvider timeProvider)
    {
        if (response.IsSuccessStatusCode)
        {
            return null;
        }

        var body = EchoedSecrets.Redact(await ReadBoundedAsync(response.Content).ConfigureAwait(false), response.RequestMessage);
        var parsed = TryParse(body);
        var info = new ApiErrorInfo(
            (int)response.StatusCode,
            parsed?.Error,
            parsed?.Details,
            parsed?.Requirement,
            RetryAfterHeader.Of(response, timeProvider),
            body.Length > MasivoApiException.MaxResponseBodyLength ? body[..MasivoApiException.MaxResponseBodyLength] : body);
        var operation = MasivoEndpoint.Of(response.RequestMessage);
        var message = ApiErrorMessages.Describe(response.StatusCode, operation, info);

        MasivoApiException exception = info.StatusCode switch
        {
            401 or 403 => new MasivoAuthenticationException(message, info) { Operation = operation?.Name },
            429 => new MasivoRateLimitException(message, info) { Operation = operation?.Name },
            _ => new MasivoApiException(message, info) { Operation = operation?.Name },
        };
        return exception;
    }

    private static async ValueTask<string> ReadBoundedAsync(HttpContent? content)
    {
        if (content is null)
        {
            return string.Empty;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(MaxBodyBytes);
        try
        {
            var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var length = 0;
                int read;
                while (length < MaxBodyBytes && (read = await stream.ReadAsync(buffer.AsMemory(length, MaxBodyBytes - length)).ConfigureAwait(false)) > 0)
                {
                    length += read;
                }

                return Encoding.UTF8.GetString(buffer, 0, length);
            }
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            // The status line already says what went wrong; a body lost in transit adds nothing.
            return string.Empty;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ErrorBody? TryParse(string body)
    {
        if (body.Length == 0 || body[0] != '{')
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, MasivoJsonContext.Default.ErrorBody);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
