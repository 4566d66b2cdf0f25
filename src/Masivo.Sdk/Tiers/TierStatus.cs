using System.Text.Json.Serialization;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>Whether a tier is in use. Values the server adds later are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<TierStatus>))]
public readonly record struct TierStatus : IExtensibleEnum<TierStatus>
{
    // Equality, hashing, text and null handling: the same for every extensible enum.
    private readonly ExtensibleValue _value;

    /// <summary>Initializes a new instance with a wire value, known or not.</summary>
    /// <param name="value">The wire value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public TierStatus(string value) => _value = new(value);

    /// <inheritdoc />
    public string Value => _value.Value;

    /// <summary>The tier is in use.</summary>
    public static TierStatus Active { get; } = new("ACTIVE");

    /// <summary>The tier is not in use.</summary>
    public static TierStatus Inactive { get; } = new("INACTIVE");

    /// <summary>Converts a wire value to a <see cref="TierStatus"/>.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator TierStatus(string value) => new(value);

    /// <inheritdoc />
    public static TierStatus FromValue(string value) => new(value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => _value.ToString();
}
