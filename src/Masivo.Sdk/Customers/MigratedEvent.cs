using System.Text.Json.Serialization;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>
/// A past event of a customer, imported with <see cref="CustomersClient.MigrateEventsAsync(IEnumerable{CustomerEventsMigrationRecord}, MigrationOptions?, CancellationToken)"/>.
/// Migrated events do not trigger campaigns; Masivo recalculates metrics and tier from the PURCHASE ones.
/// </summary>
public sealed class MigratedEvent : MasivoModel
{
    /// <summary>Gets or sets the event's type, such as <see cref="BehaviorEventType.Purchase"/>; required.</summary>
    [JsonPropertyName("type")] public BehaviorEventType? Type { get; set; }

    /// <summary>Gets or sets the id of the brand of the event.</summary>
    [JsonPropertyName("brand_id")] public string? BrandId { get; set; }

    /// <summary>Gets or sets the id of the channel of the event.</summary>
    [JsonPropertyName("channel_id")] public string? ChannelId { get; set; }

    /// <summary>Gets or sets the id of the store of the event.</summary>
    [JsonPropertyName("store_id")] public string? StoreId { get; set; }

    /// <summary>Gets or sets the event's order; required.</summary>
    [JsonPropertyName("order")] public Order? Order { get; set; }

    /// <summary>Gets or sets a value indicating whether the event was fulfilled; required.</summary>
    [JsonPropertyName("fulfilled")] public bool? Fulfilled { get; set; }

    /// <summary>Gets or sets when the event was issued; required.</summary>
    [JsonPropertyName("issued_at")] public DateTimeOffset? IssuedAt { get; set; }

    /// <summary>Gets or sets when the event took effect; required.</summary>
    [JsonPropertyName("resolved_at")] public DateTimeOffset? ResolvedAt { get; set; }

    /// <summary>Throws when a field Masivo requires is missing, naming it under <paramref name="path"/>.</summary>
    internal void Validate(string path, string paramName)
    {
        Require.Present(Type?.Value, $"{path}.type (Type)", paramName);
        if (Order is null)
        {
            throw new ArgumentException($"{path}.order (Order) is required.", paramName);
        }

        Require.Present(Fulfilled, $"{path}.fulfilled (Fulfilled)", paramName);
        Require.Present(IssuedAt, $"{path}.issued_at (IssuedAt)", paramName);
        Require.Present(ResolvedAt, $"{path}.resolved_at (ResolvedAt)", paramName);
    }
}
