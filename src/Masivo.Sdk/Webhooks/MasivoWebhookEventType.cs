using System.Text.Json.Serialization;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>
/// The <c>event</c> of a webhook Masivo delivers, such as <see cref="CustomerAccumulation"/>. Masivo documents only some
/// of its webhooks' names; any other name is kept as it is, never rejected.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<MasivoWebhookEventType>))]
public readonly record struct MasivoWebhookEventType : IExtensibleEnum<MasivoWebhookEventType>
{
    // Equality, hashing, text and null handling: the same for every extensible enum.
    private readonly ExtensibleValue _value;

    /// <summary>Initializes a new instance with a wire value, known or not.</summary>
    /// <param name="value">The wire value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public MasivoWebhookEventType(string value) => _value = new(value);

    /// <inheritdoc />
    public string Value => _value.Value;

    /// <summary>A customer registered (not sent for migrated customers); <c>data</c> reads as <see cref="CustomerRegistrationWebhookData"/>.</summary>
    public static MasivoWebhookEventType CustomerRegistration { get; } = new("CUSTOMER_REGISTRATION");

    /// <summary>A customer accumulated rewards (an event fulfilled, a coupon redeemed); <c>data</c> reads as <see cref="WalletChangeWebhookData"/>.</summary>
    public static MasivoWebhookEventType CustomerAccumulation { get; } = new("CUSTOMER_ACCUMULATION");

    /// <summary>A customer redeemed rewards (mostly a purchase that spends them); <c>data</c> is read as <see cref="WalletChangeWebhookData"/>, as Masivo does not document it apart.</summary>
    public static MasivoWebhookEventType CustomerRedemption { get; } = new("CUSTOMER_REDEMPTION");

    /// <summary>A customer moved up a tier; Masivo does not document its <c>data</c>: read it from <see cref="MasivoWebhookEvent.Data"/>.</summary>
    public static MasivoWebhookEventType TierUpgrade { get; } = new("TIER_UPGRADE");

    /// <summary>An anonymous customer was identified; Masivo does not document its <c>data</c>: read it from <see cref="MasivoWebhookEvent.Data"/>.</summary>
    public static MasivoWebhookEventType CustomerAnonymousToRegistered { get; } = new("CUSTOMER_ANONYMOUS_TO_REGISTERED");

    /// <summary>Converts a wire value to a <see cref="MasivoWebhookEventType"/>.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator MasivoWebhookEventType(string value) => new(value);

    /// <inheritdoc />
    public static MasivoWebhookEventType FromValue(string value) => new(value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => _value.ToString();
}
