using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>
/// One webhook Masivo delivered: <c>{"event": "...", "data": {...}}</c>, read by <see cref="MasivoWebhooks.Parse"/>.
/// <see cref="Data"/> is kept whole; the payloads Masivo documents read as models (<see cref="TryGetRegistration"/>,
/// <see cref="TryGetAccumulation"/>, <see cref="TryGetRedemption"/>), any other with <see cref="GetData{T}"/> or as raw JSON.
/// </summary>
public sealed class MasivoWebhookEvent
{
    /// <summary>Initializes a new instance, as a test builds the event a handler should receive.</summary>
    /// <param name="eventType">The webhook's <c>event</c>.</param>
    /// <param name="data">The webhook's <c>data</c>; it is copied, so the document it comes from may be disposed.</param>
    /// <exception cref="ArgumentException"><paramref name="eventType"/> holds no value (it is <c>default</c>), or is empty or blank (only white space, control or format characters).</exception>
    public MasivoWebhookEvent(MasivoWebhookEventType eventType, JsonElement data)
    {
        if (!WebhookText.HasVisibleText(eventType.Value))
        {
            throw new ArgumentException("A webhook's event name is required.", nameof(eventType));
        }

        Event = eventType;
        Data = data.ValueKind == JsonValueKind.Undefined ? default : data.Clone();
    }

    /// <summary>Gets the webhook's <c>event</c>, such as <see cref="MasivoWebhookEventType.CustomerAccumulation"/>, known or not.</summary>
    public MasivoWebhookEventType Event { get; }

    /// <summary>Gets the webhook's <c>data</c> exactly as delivered (an object, as Masivo sends it).</summary>
    public JsonElement Data { get; }

    /// <summary>Reads <see cref="Data"/> as a <see cref="MasivoWebhookEventType.CustomerRegistration"/> payload.</summary>
    /// <param name="registration">The payload, when <see cref="Event"/> is a registration.</param>
    /// <returns>
    /// <see langword="true"/> when <see cref="Event"/> is <see cref="MasivoWebhookEventType.CustomerRegistration"/>;
    /// <see langword="false"/> for any other event, whatever its data.
    /// </returns>
    /// <exception cref="MasivoWebhookFormatException">
    /// The event is a registration, but its data is not a JSON object of the documented shape (a field of the wrong JSON
    /// type, no <c>customer_id</c>, or a null in a list of objects, say): the webhook can never be read, and <c>MapMasivoWebhooks</c> answers <c>400</c> when this escapes the handler.
    /// </exception>
    public bool TryGetRegistration([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CustomerRegistrationWebhookData? registration)
    {
        registration = Event == MasivoWebhookEventType.CustomerRegistration
            ? GetDocumentedData(MasivoJsonContext.Default.CustomerRegistrationWebhookData, static data => string.IsNullOrEmpty(data.CustomerId) ? "customer_id" : null)
            : null;
        return registration is not null;
    }

    /// <summary>Reads <see cref="Data"/> as a <see cref="MasivoWebhookEventType.CustomerAccumulation"/> payload.</summary>
    /// <param name="accumulation">The payload, when <see cref="Event"/> is an accumulation.</param>
    /// <returns>
    /// <see langword="true"/> when <see cref="Event"/> is <see cref="MasivoWebhookEventType.CustomerAccumulation"/>;
    /// <see langword="false"/> for any other event, whatever its data.
    /// </returns>
    /// <exception cref="MasivoWebhookFormatException">
    /// The event is an accumulation, but its data is not a JSON object of the documented shape (<c>lines</c> not an array,
    /// no <c>customer_id</c> or no <c>lines</c>, or a null in a list of objects such as <c>"lines": [null]</c>, say): the
    /// webhook can never be read, and <c>MapMasivoWebhooks</c> answers <c>400</c> when this escapes the handler.
    /// </exception>
    public bool TryGetAccumulation([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out WalletChangeWebhookData? accumulation) =>
        TryGetWalletChange(
            MasivoWebhookEventType.CustomerAccumulation,
            static data => string.IsNullOrEmpty(data.CustomerId) ? "customer_id" : data.Lines is null ? "lines" : null,
            out accumulation);

    /// <summary>
    /// Reads <see cref="Data"/> as a <see cref="MasivoWebhookEventType.CustomerRedemption"/> payload, assumed shaped as an
    /// accumulation's (Masivo does not document it apart; fields it adds are in <see cref="MasivoModel.AdditionalProperties"/>).
    /// </summary>
    /// <param name="redemption">The payload, when <see cref="Event"/> is a redemption.</param>
    /// <returns>
    /// <see langword="true"/> when <see cref="Event"/> is <see cref="MasivoWebhookEventType.CustomerRedemption"/>;
    /// <see langword="false"/> for any other event, whatever its data.
    /// </returns>
    /// <exception cref="MasivoWebhookFormatException">
    /// The event is a redemption, but its data is not a JSON object of that shape (a null in a list of objects, say; as the
    /// payload is not documented, no field is required): the webhook can never be read, and
    /// <c>MapMasivoWebhooks</c> answers <c>400</c> when this escapes the handler.
    /// </exception>
    public bool TryGetRedemption([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out WalletChangeWebhookData? redemption) =>
        TryGetWalletChange(MasivoWebhookEventType.CustomerRedemption, static _ => null, out redemption);

    /// <summary>
    /// Reads <see cref="Data"/> as <typeparamref name="T"/> with source-generated metadata (trim- and AOT-safe), for the
    /// payloads this SDK does not model: pass your own <c>JsonSerializerContext</c>'s type info.
    /// </summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="typeInfo">The metadata of <typeparamref name="T"/>, such as <c>MyJsonContext.Default.TierChange</c>.</param>
    /// <returns>The data, or <see langword="null"/> when it is JSON <c>null</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="typeInfo"/> is <see langword="null"/>.</exception>
    /// <exception cref="MasivoWebhookFormatException">
    /// The data cannot be read as <typeparamref name="T"/>, or there is none (an instance built with <c>default</c> data):
    /// <c>MapMasivoWebhooks</c> answers <c>400</c> when this escapes the handler.
    /// </exception>
    public T? GetData<T>(JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        if (Data.ValueKind == JsonValueKind.Undefined)
        {
            throw Unreadable(typeof(T), "it has no data", innerException: null);
        }

        try
        {
            return Data.Deserialize(typeInfo);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            throw Unreadable(typeof(T), exception.Message, exception);
        }
    }

    /// <summary>
    /// Returns the event's name only, safe for logs: the data holds customers' personal data, and the name is escaped
    /// (control and format characters, line breaks and lone surrogates as <c>\r</c>, <c>\n</c> or <c>\uXXXX</c>, a
    /// backslash doubled) and cut after 200 characters, so a hostile name cannot forge or break log lines.
    /// </summary>
    /// <returns>The event's name, escaped.</returns>
    public override string ToString() => WebhookText.ForLog(Event.Value);

    /// <summary>
    /// Reads a documented payload, refusing what a handler could not use: null data, a null where a list holds objects
    /// (<c>"lines": [null]</c>), or no value for a field every such webhook carries (<paramref name="missing"/> names it).
    /// </summary>
    private T GetDocumentedData<T>(JsonTypeInfo<T> typeInfo, Func<T, string?> missing)
        where T : class
    {
        var data = GetData(typeInfo) ?? throw Unreadable(typeof(T), "its data is null", innerException: null);
        if (ModelGraph.FindNullElement(data, "data") is { } path)
        {
            throw Unreadable(typeof(T), $"it has a null at {path}, where an object belongs", innerException: null);
        }

        if (missing(data) is { } field)
        {
            throw Unreadable(typeof(T), $"it has no \"{field}\", which every {WebhookText.ForLog(Event.Value)} webhook carries", innerException: null);
        }

        return data;
    }

    private bool TryGetWalletChange(
        MasivoWebhookEventType expected,
        Func<WalletChangeWebhookData, string?> missing,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out WalletChangeWebhookData? change)
    {
        change = Event == expected ? GetDocumentedData(MasivoJsonContext.Default.WalletChangeWebhookData, missing) : null;
        return change is not null;
    }

    private MasivoWebhookFormatException Unreadable(Type type, string reason, Exception? innerException) =>
        new($"The data of the Masivo webhook '{this}' cannot be read as {type.Name}: {reason}", innerException) { EventType = Event };
}
