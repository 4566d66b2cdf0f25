using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>The event that caused a <see cref="MigratedTransaction"/>.</summary>
public sealed class MigratedTransactionEvent : MasivoModel
{
    /// <summary>Gets or sets the event's type, such as <see cref="BehaviorEventType.Purchase"/>.</summary>
    [JsonPropertyName("type")] public BehaviorEventType? Type { get; set; }

    /// <summary>Gets or sets the event's order.</summary>
    [JsonPropertyName("order")] public Order? Order { get; set; }
}
