using System.Text.Json.Serialization;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>The kind of reward a wallet holds. Values the server adds later are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<RewardType>))]
public readonly record struct RewardType : IExtensibleEnum<RewardType>
{
    // Equality, hashing, text and null handling: the same for every extensible enum.
    private readonly ExtensibleValue _value;

    /// <summary>Initializes a new instance with a wire value, known or not.</summary>
    /// <param name="value">The wire value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public RewardType(string value) => _value = new(value);

    /// <inheritdoc />
    public string Value => _value.Value;

    /// <summary>Loyalty points.</summary>
    public static RewardType Points { get; } = new("POINTS");

    /// <summary>A discount.</summary>
    public static RewardType Discount { get; } = new("DISCOUNT");

    /// <summary>A gift card.</summary>
    public static RewardType GiftCard { get; } = new("GIFT_CARD");

    /// <summary>A product.</summary>
    public static RewardType Product { get; } = new("PRODUCT");

    /// <summary>Converts a wire value to a <see cref="RewardType"/>.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator RewardType(string value) => new(value);

    /// <inheritdoc />
    public static RewardType FromValue(string value) => new(value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => _value.ToString();
}
