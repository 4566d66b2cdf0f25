using System.Text.Json.Serialization;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>What a transaction did to a customer's rewards. Values the server adds later are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<TransactionType>))]
public readonly record struct TransactionType : IExtensibleEnum<TransactionType>
{
    // Equality, hashing, text and null handling: the same for every extensible enum.
    private readonly ExtensibleValue _value;

    /// <summary>Initializes a new instance with a wire value, known or not.</summary>
    /// <param name="value">The wire value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public TransactionType(string value) => _value = new(value);

    /// <inheritdoc />
    public string Value => _value.Value;

    /// <summary>Rewards earned.</summary>
    public static TransactionType Accumulation { get; } = new("ACCUMULATION");

    /// <summary>Rewards spent.</summary>
    public static TransactionType Redemption { get; } = new("REDEMPTION");

    /// <summary>Rewards that expired.</summary>
    public static TransactionType Expiration { get; } = new("EXPIRATION");

    /// <summary>Rewards brought in by a migration.</summary>
    public static TransactionType Migration { get; } = new("MIGRATION");

    /// <summary>Rewards moved between customers.</summary>
    public static TransactionType Transfer { get; } = new("TRANSFER");

    /// <summary>An earlier transaction undone, as when an event is reversed.</summary>
    public static TransactionType Reversal { get; } = new("REVERSAL");

    /// <summary>Converts a wire value to a <see cref="TransactionType"/>.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator TransactionType(string value) => new(value);

    /// <inheritdoc />
    public static TransactionType FromValue(string value) => new(value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => _value.ToString();
}
