namespace Masivo.Sdk.Internal;

/// <summary>
/// What every extensible enum (<see cref="CustomerStatus"/>, <see cref="Gender"/>, <see cref="RewardType"/>,
/// <see cref="PaymentMethod"/>, <see cref="DevicePlatform"/>) is made of: its only field, so the equality and
/// hashing a <c>record struct</c> synthesizes from its fields are these. A wire value is required (never
/// <see langword="null"/>) and kept exactly, known or not; values compare ordinally, case-sensitive
/// (<c>ACTIVE</c> is not <c>active</c>: Masivo's values are exact); the text is the wire value. A
/// <c>default</c> instance holds no value: its <see cref="Value"/> is <see langword="null"/> (written to
/// JSON as <c>null</c>), its text is empty, and it equals only another <c>default</c>.
/// </summary>
internal readonly struct ExtensibleValue : IEquatable<ExtensibleValue>
{
    /// <summary>Initializes a new instance with a wire value, known or not.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public ExtensibleValue(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Gets the wire value; <see langword="null"/> only in a <c>default</c> instance.</summary>
    public string Value { get; }

    public static bool operator ==(ExtensibleValue left, ExtensibleValue right) => left.Equals(right);

    public static bool operator !=(ExtensibleValue left, ExtensibleValue right) => !left.Equals(right);

    public bool Equals(ExtensibleValue other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is ExtensibleValue other && Equals(other);

    public override int GetHashCode() => Value is null ? 0 : StringComparer.Ordinal.GetHashCode(Value);

    public override string ToString() => Value ?? string.Empty;
}
