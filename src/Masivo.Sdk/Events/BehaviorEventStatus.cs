using System.Text.Json.Serialization;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>Where a behavior event is in Masivo's processing. Values the server adds later are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<BehaviorEventStatus>))]
public readonly record struct BehaviorEventStatus : IExtensibleEnum<BehaviorEventStatus>
{
    // Equality, hashing, text and null handling: the same for every extensible enum.
    private readonly ExtensibleValue _value;

    /// <summary>Initializes a new instance with a wire value, known or not.</summary>
    /// <param name="value">The wire value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public BehaviorEventStatus(string value) => _value = new(value);

    /// <inheritdoc />
    public string Value => _value.Value;

    /// <summary>Enqueued, not processed yet: what sending an event usually answers.</summary>
    public static BehaviorEventStatus Pending { get; } = new("PENDING");

    /// <summary>Being processed.</summary>
    public static BehaviorEventStatus Processing { get; } = new("PROCESSING");

    /// <summary>Processing failed (an unknown reward, a balance too small for its redemptions, …).</summary>
    public static BehaviorEventStatus Failed { get; } = new("FAILED");

    /// <summary>Processed: its rewards were accumulated and redeemed (or reserved, while it is unfulfilled).</summary>
    public static BehaviorEventStatus Resolved { get; } = new("RESOLVED");

    /// <summary>Reversed while still unfulfilled: its reserved rewards were released.</summary>
    public static BehaviorEventStatus Cancelled { get; } = new("CANCELLED");

    /// <summary>Left unfulfilled past its reservation (24 hours, or <c>reserve</c> days).</summary>
    public static BehaviorEventStatus Expired { get; } = new("EXPIRED");

    /// <summary>Reversed after it was fulfilled: its accumulations and redemptions were undone.</summary>
    public static BehaviorEventStatus Reversed { get; } = new("REVERSED");

    /// <summary>Converts a wire value to a <see cref="BehaviorEventStatus"/>.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator BehaviorEventStatus(string value) => new(value);

    /// <inheritdoc />
    public static BehaviorEventStatus FromValue(string value) => new(value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => _value.ToString();
}
