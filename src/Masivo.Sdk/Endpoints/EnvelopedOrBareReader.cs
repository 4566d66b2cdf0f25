using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Masivo.Sdk.Internal;

/// <summary>
/// Reads an answer that may come as <c>{"data": …}</c> or as the value itself (<see cref="ResponseShape.DataOrBare"/>),
/// inside the attempt as every answer is: the body is read once as JSON, its root tells which it is, and the value
/// is left in the response as its <see cref="ParsedAnswerContent{T}"/>.
/// </summary>
internal static class EnvelopedOrBareReader
{
    public static async Task ReadAsync<T>(
        HttpResponseMessage response,
        JsonTypeInfo<DataEnvelope<T>> envelope,
        JsonTypeInfo<T> bare,
        string bareMarker,
        MasivoEndpoint endpoint,
        CancellationToken cancellationToken)
        where T : class
    {
        var root = await ResponseReader.ReadJsonAsync(response, MasivoJsonContext.Default.JsonElement, endpoint, cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        T? value = null;
        if (root.ValueKind == JsonValueKind.Object)
        {
            try
            {
                if (root.TryGetProperty(bareMarker, out _))
                {
                    value = root.Deserialize(bare);
                }
                else if (root.TryGetProperty("data", out _))
                {
                    value = root.Deserialize(envelope)?.Data;
                }
            }
            catch (Exception exception) when (exception is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
            {
                throw new MasivoInvalidResponseException(
                    $"Masivo answered {status} to {endpoint.Route} with a body the SDK could not read: {exception.Message}",
                    exception)
                {
                    StatusCode = status,
                    Operation = endpoint.Name,
                };
            }
        }

        response.Content = new ParsedAnswerContent<T>(value);
    }
}
