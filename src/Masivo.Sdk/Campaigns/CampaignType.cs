using System.Text.Json.Serialization;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>The kind of a campaign. Masivo documents these two; punch cards, referrals and streaks exist in the product under names not shown. Values the server adds later are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<CampaignType>))]
public readonly record struct CampaignType : IExtensibleEnum<CampaignType>
{
    // Equality, hashing, text and null handling: the same for every extensible enum.
    private readonly ExtensibleValue _value;

    /// <summary>Initializes a new instance with a wire value, known or not.</summary>
    /// <param name="value">The wire value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public CampaignType(string value) => _value = new(value);

    /// <inheritdoc />
    public string Value => _value.Value;

    /// <summary>A campaign that rewards behavior events, such as purchases.</summary>
    public static CampaignType Behavior { get; } = new("BEHAVIOR");

    /// <summary>A campaign of coupon codes.</summary>
    public static CampaignType Coupons { get; } = new("COUPONS");

    /// <summary>Converts a wire value to a <see cref="CampaignType"/>.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator CampaignType(string value) => new(value);

    /// <inheritdoc />
    public static CampaignType FromValue(string value) => new(value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => _value.ToString();
}
