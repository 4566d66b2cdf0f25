using System.Text.Json.Serialization;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>
/// The type of a behavior event: one Masivo reserves (<see cref="Purchase"/>, <see cref="Registration"/>, …) or
/// a custom type of your account (up to 50), such as <c>"REVIEW_WRITTEN"</c>, converted from its string.
/// Values the server adds later are kept as they are.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<BehaviorEventType>))]
public readonly record struct BehaviorEventType : IExtensibleEnum<BehaviorEventType>
{
    // Equality, hashing, text and null handling: the same for every extensible enum.
    private readonly ExtensibleValue _value;

    /// <summary>Initializes a new instance with a wire value, known or not.</summary>
    /// <param name="value">The wire value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public BehaviorEventType(string value) => _value = new(value);

    /// <inheritdoc />
    public string Value => _value.Value;

    /// <summary>A purchase, with its <see cref="SendEventRequest.Order"/>: earns rewards and spends what its <c>redeem</c> arrays name.</summary>
    public static BehaviorEventType Purchase { get; } = new("PURCHASE");

    /// <summary>A registration; Masivo emits it itself when a customer is created.</summary>
    public static BehaviorEventType Registration { get; } = new("REGISTRATION");

    /// <summary>A customer's birthday.</summary>
    public static BehaviorEventType Birthday { get; } = new("BIRTHDAY");

    /// <summary>A tier adjustment.</summary>
    public static BehaviorEventType TierAdjustment { get; } = new("TIER_ADJUSTMENT");

    /// <summary>A product added to the cart, with its <see cref="SendEventRequest.Product"/>.</summary>
    public static BehaviorEventType AddToCart { get; } = new("ADD_TO_CART");

    /// <summary>An abandoned cart (announced by Masivo's documentation as coming soon).</summary>
    public static BehaviorEventType AbandonedCart { get; } = new("ABANDONED_CART");

    /// <summary>Converts a wire value (a reserved or a custom type) to a <see cref="BehaviorEventType"/>.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator BehaviorEventType(string value) => new(value);

    /// <inheritdoc />
    public static BehaviorEventType FromValue(string value) => new(value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => _value.ToString();
}
