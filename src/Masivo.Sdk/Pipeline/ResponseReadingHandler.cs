namespace Masivo.Sdk.Internal;

/// <summary>
/// Reads each answer's body to the end inside its attempt, so the attempt timeout covers a body that
/// stalls after the headers (and an idempotent call retries it, as it does a body cut short). A success
/// of an endpoint that answers JSON is deserialized straight from the connection into the endpoint's
/// type (<see cref="ParsedAnswerContent{T}"/>), with no copy of the body in memory; any other answer
/// (an error, an endpoint that answers nothing) is buffered. Masivo's answers are small; one larger than
/// <see cref="MaxBodyBytes"/> is an invalid response, never retried: sending the request again would
/// only bring the same answer.
/// </summary>
internal sealed class ResponseReadingHandler : DelegatingHandler
{
    public const long MaxBodyBytes = 64L * 1024 * 1024;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            if (response.Content.Headers.ContentLength > MaxBodyBytes)
            {
                throw TooLarge(request, response);
            }

            if (response.IsSuccessStatusCode && MasivoEndpoint.Of(request) is { ReadsJson: true } endpoint)
            {
                await endpoint.ParseAnswerAsync(response, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await BufferAsync(response, cancellationToken).ConfigureAwait(false);
            }

            return response;
        }
        catch (HttpRequestException exception) when (exception.HttpRequestError == HttpRequestError.ConfigurationLimitExceeded && !cancellationToken.IsCancellationRequested)
        {
            // What the buffer, or the parser's limited stream, throws when a body without a Content-Length outgrows the limit.
            var tooLarge = TooLarge(request, response, exception);
            response.Dispose();
            throw tooLarge;
        }
        catch (InvalidDataException undecodable) when (!cancellationToken.IsCancellationRequested)
        {
            // A compressed body (when the user asks for compression) that does not decompress.
            var operation = MasivoEndpoint.Of(request);
            var status = (int)response.StatusCode;
            response.Dispose();
            throw new MasivoInvalidResponseException(
                $"Masivo answered {status} to {operation?.Route ?? "the request"} with a compressed body the SDK could not decompress: {undecodable.Message}",
                undecodable)
            {
                StatusCode = status,
                Operation = operation?.Name,
            };
        }
        catch (IOException cutShort) when (!cancellationToken.IsCancellationRequested)
        {
            // The body broke off while it was parsed: the same failure a buffered read reports, retried where safe.
            response.Dispose();
            throw new HttpRequestException(HttpRequestError.ResponseEnded, $"The answer's body ended before it was complete: {cutShort.Message}", cutShort);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static async Task BufferAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
#if NET9_0_OR_GREATER
        await response.Content.LoadIntoBufferAsync(MaxBodyBytes, cancellationToken).ConfigureAwait(false);
#else
        // No cancellable overload before .NET 9: disposing the response aborts the read, and the
        // abort is reported as the cancellation it is, so the attempt timeout recognizes it.
        try
        {
            using (cancellationToken.Register(static state => ((HttpResponseMessage)state!).Dispose(), response))
            {
                await response.Content.LoadIntoBufferAsync(MaxBodyBytes).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(exception.Message, exception, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
#endif
    }

    private static MasivoInvalidResponseException TooLarge(HttpRequestMessage request, HttpResponseMessage response, Exception? cause = null)
    {
        var operation = MasivoEndpoint.Of(request);
        var length = response.Content.Headers.ContentLength is { } declared ? $" ({declared:N0} bytes)" : string.Empty;
        return new MasivoInvalidResponseException(
            $"Masivo answered {(int)response.StatusCode} to {operation?.Route ?? "the request"} with a body larger than the SDK reads{length}: the limit is {MaxBodyBytes / (1024 * 1024)} MiB. It was not read, and the call is not repeated.",
            cause)
        {
            StatusCode = (int)response.StatusCode,
            Operation = operation?.Name,
        };
    }
}
