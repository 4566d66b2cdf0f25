using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Masivo.Sdk.Internal;

/// <summary>
/// Reads Masivo's webhook envelope, <c>{"event": "...", "data": ...}</c>, without reflection: a <see cref="JsonDocument"/>
/// of bounded depth, the two fields checked by hand, <c>data</c> kept whole. Other top-level fields are ignored. Every
/// failure on a malformed body is a <see cref="MasivoWebhookFormatException"/>: the body must be UTF-8 (a byte order
/// mark is allowed) and every string in it, <c>data</c>'s included, valid Unicode, so that every string of a parsed
/// webhook reads.
/// </summary>
internal static class WebhookPayloadReader
{
    private const string Envelope = "{\"event\": \"...\", \"data\": {...}}";

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    public static MasivoWebhookEvent Read(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return ReadEnvelope(utf8Json);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or ArgumentException or DecoderFallbackException)
        {
            // What the checks below do not foresee is still a malformed body, never another exception type.
            throw new MasivoWebhookFormatException($"The Masivo webhook body cannot be read: {exception.Message}", exception);
        }
    }

    private static MasivoWebhookEvent ReadEnvelope(ReadOnlySpan<byte> utf8Json)
    {
        // A byte order mark may precede UTF-8 JSON, as JsonSerializer and JsonDocument.Parse(Stream) allow.
        if (utf8Json.StartsWith(Encoding.UTF8.Preamble))
        {
            utf8Json = utf8Json[Encoding.UTF8.Preamble.Length..];
        }

        if (utf8Json.IsEmpty)
        {
            throw new MasivoWebhookFormatException($"The Masivo webhook body is empty: expected {Envelope}.");
        }

        if (!Utf8.IsValid(utf8Json))
        {
            throw new MasivoWebhookFormatException("The Masivo webhook body is not valid UTF-8 text.");
        }

        JsonDocument document;
        try
        {
            EnsureStringsAreText(utf8Json);

            // The span is copied once into the document's own buffer; the caller's buffer may be reused afterwards.
            document = JsonDocument.Parse(utf8Json.ToArray(), Options);
        }
        catch (JsonException exception)
        {
            throw new MasivoWebhookFormatException($"The Masivo webhook body is not valid JSON: {exception.Message}", exception);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new MasivoWebhookFormatException($"The Masivo webhook body is a JSON {root.ValueKind}, not an object {Envelope}.");
            }

            JsonElement? name = null;
            JsonElement? data = null;
            foreach (var property in root.EnumerateObject())
            {
                if (property.NameEquals("event"u8))
                {
                    name = name is null ? property.Value : throw new MasivoWebhookFormatException("The Masivo webhook body has \"event\" twice.");
                }
                else if (property.NameEquals("data"u8))
                {
                    data = data is null ? property.Value : throw new MasivoWebhookFormatException("The Masivo webhook body has \"data\" twice.");
                }
            }

            if (name is not { ValueKind: JsonValueKind.String } || name.Value.GetString() is not { } eventName)
            {
                throw new MasivoWebhookFormatException("The Masivo webhook body has no \"event\" string naming the webhook.");
            }

            if (!WebhookText.HasVisibleText(eventName))
            {
                throw new MasivoWebhookFormatException("The Masivo webhook body's \"event\" is empty or holds no visible character (only spaces, control or format characters), so it names no webhook.");
            }

            if (data is not { } payload || payload.ValueKind == JsonValueKind.Null)
            {
                throw new MasivoWebhookFormatException($"The Masivo webhook '{WebhookText.ForLog(eventName)}' has no \"data\".") { EventType = new MasivoWebhookEventType(eventName) };
            }

            if (payload.ValueKind != JsonValueKind.Object)
            {
                throw new MasivoWebhookFormatException($"The \"data\" of the Masivo webhook '{WebhookText.ForLog(eventName)}' is a JSON {payload.ValueKind}, not an object.")
                {
                    EventType = new MasivoWebhookEventType(eventName),
                };
            }

            return new MasivoWebhookEvent(eventName, payload);
        }
    }

    /// <summary>
    /// Reads every escaped string and property name once, as <see cref="JsonDocument"/> reads them only on demand: an
    /// escaped lone surrogate (<c>"\ud800"</c>) is valid JSON but not text, and reading it later would throw
    /// <see cref="InvalidOperationException"/> in the application's handler. Unescaped strings are UTF-8, checked above.
    /// </summary>
    private static void EnsureStringsAreText(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = Options.MaxDepth });
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
            {
                try
                {
                    _ = reader.GetString();
                }
                catch (InvalidOperationException exception)
                {
                    throw new MasivoWebhookFormatException(
                        $"The Masivo webhook body holds a string that is not valid Unicode (a lone surrogate escape) at byte {reader.TokenStartIndex}.",
                        exception);
                }
            }
        }
    }
}
