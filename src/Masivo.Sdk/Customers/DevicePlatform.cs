using System.Text.Json.Serialization;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>The platform of a customer's device. Values the server adds later are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<DevicePlatform>))]
public readonly record struct DevicePlatform : IExtensibleEnum<DevicePlatform>
{
    // Equality, hashing, text and null handling: the same for every extensible enum.
    private readonly ExtensibleValue _value;

    /// <summary>Initializes a new instance with a wire value, known or not.</summary>
    /// <param name="value">The wire value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public DevicePlatform(string value) => _value = new(value);

    /// <inheritdoc />
    public string Value => _value.Value;

    /// <summary>Apple iOS.</summary>
    public static DevicePlatform Ios { get; } = new("ios");

    /// <summary>Google Android.</summary>
    public static DevicePlatform Android { get; } = new("android");

    /// <summary>A web browser.</summary>
    public static DevicePlatform Web { get; } = new("web");

    /// <summary>Converts a wire value to a <see cref="DevicePlatform"/>.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator DevicePlatform(string value) => new(value);

    /// <inheritdoc />
    public static DevicePlatform FromValue(string value) => new(value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => _value.ToString();
}
