using System.Text.Json;

namespace Masivo.Sdk.Internal;

/// <summary>
/// Reads Masivo's webhook envelope, <c>{"event": "...", "data": ...}</c>, without reflection: a <see cref="JsonDocument"/>
/// of bounded depth, the two fields checked by hand, <c>data</c> kept whole. Other top-level fields are ignored.
/// </summary>
internal static class WebhookPayloadReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    public static MasivoWebhookEvent Read(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.IsEmpty)
        {
            throw new FormatException("The Masivo webhook body is empty: expected {\"event\": \"...\", \"data\": {...}}.");
        }

        JsonDocument document;
        try
        {
            // The span is copied once into the document's own buffer; the caller's buffer may be reused afterwards.
            document = JsonDocument.Parse(utf8Json.ToArray(), Options);
        }
        catch (JsonException exception)
        {
            throw new FormatException($"The Masivo webhook body is not valid JSON: {exception.Message}", exception);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"The Masivo webhook body is a JSON {root.ValueKind}, not an object {{\"event\": \"...\", \"data\": {{...}}}}.");
            }

            if (!root.TryGetProperty("event", out var name) || name.ValueKind != JsonValueKind.String || name.GetString() is not { Length: > 0 } eventName)
            {
                throw new FormatException("The Masivo webhook body has no \"event\" string naming the webhook.");
            }

            if (!root.TryGetProperty("data", out var data) || data.ValueKind == JsonValueKind.Null)
            {
                throw new FormatException($"The Masivo webhook '{eventName}' has no \"data\".");
            }

            return new MasivoWebhookEvent(eventName, data);
        }
    }
}
