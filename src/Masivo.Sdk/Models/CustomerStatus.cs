using System.Text.Json.Serialization;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>The status of a customer or contact. Values the server adds later are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<CustomerStatus>))]
public readonly record struct CustomerStatus : IExtensibleEnum<CustomerStatus>
{
    // Equality, hashing, text and null handling: the same for every extensible enum.
    private readonly ExtensibleValue _value;

    /// <summary>Initializes a new instance with a wire value, known or not.</summary>
    /// <param name="value">The wire value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public CustomerStatus(string value) => _value = new(value);

    /// <inheritdoc />
    public string Value => _value.Value;

    /// <summary>The customer is active.</summary>
    public static CustomerStatus Active { get; } = new("ACTIVE");

    /// <summary>The customer is inactive.</summary>
    public static CustomerStatus Inactive { get; } = new("INACTIVE");

    /// <summary>Converts a wire value to a <see cref="CustomerStatus"/>.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator CustomerStatus(string value) => new(value);

    /// <inheritdoc />
    public static CustomerStatus FromValue(string value) => new(value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => _value.ToString();
}
