namespace Masivo.Sdk;

/// <summary>
/// A Masivo webhook that can never be read as Masivo documents it: a body that is not the envelope
/// <c>{"event": "...", "data": {...}}</c> (thrown by <see cref="MasivoWebhooks.Parse"/> and
/// <see cref="MasivoWebhooks.ParseAsync"/>), or <c>data</c> that does not have the shape of its event (thrown by
/// <see cref="MasivoWebhookEvent.TryGetAccumulation"/> and the other typed accessors, and by
/// <see cref="MasivoWebhookEvent.GetData{T}"/>). Delivering the same webhook again cannot fix it, so
/// <c>MapMasivoWebhooks</c> answers <c>400</c> when one escapes the handler, and Masivo does not deliver it again.
/// It is a <see cref="FormatException"/>; the cause, when there is one, is the <see cref="Exception.InnerException"/>.
/// </summary>
/// <remarks>
/// Its message names the problem and the event's name (escaped, as <see cref="MasivoWebhookEvent.ToString"/> is), never
/// a value from <c>data</c>. A handler may throw it too, to refuse a payload the application can never use.
/// </remarks>
public sealed class MasivoWebhookFormatException : FormatException
{
    /// <summary>Initializes a new instance of the <see cref="MasivoWebhookFormatException"/> class.</summary>
    /// <param name="message">What is wrong with the webhook.</param>
    public MasivoWebhookFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="MasivoWebhookFormatException"/> class.</summary>
    /// <param name="message">What is wrong with the webhook.</param>
    /// <param name="innerException">The cause, if any, such as the <see cref="System.Text.Json.JsonException"/> of the read.</param>
    public MasivoWebhookFormatException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>
    /// Gets the webhook's event, when the body named a usable one (its data is what could not be read); otherwise
    /// <see langword="null"/>.
    /// </summary>
    public MasivoWebhookEventType? EventType { get; init; }
}
