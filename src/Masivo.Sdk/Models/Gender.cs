using System.Text.Json.Serialization;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>A person's gender as Masivo records it. Values the server adds later are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<Gender>))]
public readonly record struct Gender : IExtensibleEnum<Gender>
{
    // Equality, hashing, text and null handling: the same for every extensible enum.
    private readonly ExtensibleValue _value;

    /// <summary>Initializes a new instance with a wire value, known or not.</summary>
    /// <param name="value">The wire value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public Gender(string value) => _value = new(value);

    /// <inheritdoc />
    public string Value => _value.Value;

    /// <summary>Male.</summary>
    public static Gender Male { get; } = new("MALE");

    /// <summary>Female.</summary>
    public static Gender Female { get; } = new("FEMALE");

    /// <summary>Converts a wire value to a <see cref="Gender"/>.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator Gender(string value) => new(value);

    /// <inheritdoc />
    public static Gender FromValue(string value) => new(value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => _value.ToString();
}
