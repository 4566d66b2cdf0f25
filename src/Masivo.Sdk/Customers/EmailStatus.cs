using System.Text.Json.Serialization;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>Whether a customer's email address is known to be deliverable (Masivo documents only <c>VALID</c>). Values the server adds later are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<EmailStatus>))]
public readonly record struct EmailStatus : IExtensibleEnum<EmailStatus>
{
    // Equality, hashing, text and null handling: the same for every extensible enum.
    private readonly ExtensibleValue _value;

    /// <summary>Initializes a new instance with a wire value, known or not.</summary>
    /// <param name="value">The wire value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public EmailStatus(string value) => _value = new(value);

    /// <inheritdoc />
    public string Value => _value.Value;

    /// <summary>The address is valid.</summary>
    public static EmailStatus Valid { get; } = new("VALID");

    /// <summary>Converts a wire value to a <see cref="EmailStatus"/>.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator EmailStatus(string value) => new(value);

    /// <inheritdoc />
    public static EmailStatus FromValue(string value) => new(value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => _value.ToString();
}
