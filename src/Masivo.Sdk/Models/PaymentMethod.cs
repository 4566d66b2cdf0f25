using System.Text.Json.Serialization;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>A payment method of a contact's card or an order. Values the server adds later are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<PaymentMethod>))]
public readonly record struct PaymentMethod : IExtensibleEnum<PaymentMethod>
{
    // Equality, hashing, text and null handling: the same for every extensible enum.
    private readonly ExtensibleValue _value;

    /// <summary>Initializes a new instance with a wire value, known or not.</summary>
    /// <param name="value">The wire value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public PaymentMethod(string value) => _value = new(value);

    /// <inheritdoc />
    public string Value => _value.Value;

    /// <summary>Credit card.</summary>
    public static PaymentMethod Credit { get; } = new("CREDIT");

    /// <summary>Debit card.</summary>
    public static PaymentMethod Debit { get; } = new("DEBIT");

    /// <summary>Cash.</summary>
    public static PaymentMethod Cash { get; } = new("CASH");

    /// <summary>Converts a wire value to a <see cref="PaymentMethod"/>.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator PaymentMethod(string value) => new(value);

    /// <inheritdoc />
    public static PaymentMethod FromValue(string value) => new(value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => _value.ToString();
}
