using System.Text.Json.Serialization;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>Where a campaign stands. Values the server adds later are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<CampaignStatus>))]
public readonly record struct CampaignStatus : IExtensibleEnum<CampaignStatus>
{
    // Equality, hashing, text and null handling: the same for every extensible enum.
    private readonly ExtensibleValue _value;

    /// <summary>Initializes a new instance with a wire value, known or not.</summary>
    /// <param name="value">The wire value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public CampaignStatus(string value) => _value = new(value);

    /// <inheritdoc />
    public string Value => _value.Value;

    /// <summary>The campaign is running.</summary>
    public static CampaignStatus Running { get; } = new("RUNNING");

    /// <summary>The campaign is paused.</summary>
    public static CampaignStatus Paused { get; } = new("PAUSED");

    /// <summary>The campaign starts later.</summary>
    public static CampaignStatus Scheduled { get; } = new("SCHEDULED");

    /// <summary>The campaign has ended.</summary>
    public static CampaignStatus Finished { get; } = new("FINISHED");

    /// <summary>A list filter only: every campaign not <see cref="Finished"/>.</summary>
    public static CampaignStatus NotFinished { get; } = new("NOT FINISHED");

    /// <summary>Converts a wire value to a <see cref="CampaignStatus"/>.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator CampaignStatus(string value) => new(value);

    /// <inheritdoc />
    public static CampaignStatus FromValue(string value) => new(value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => _value.ToString();
}
