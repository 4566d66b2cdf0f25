using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>A customer's activity over one period, such as this year.</summary>
public sealed class MetricsPeriod : MasivoModel
{
    /// <summary>Gets or sets the start of the period.</summary>
    [JsonPropertyName("from")] public DateTimeOffset? From { get; set; }

    /// <summary>Gets or sets the end of the period.</summary>
    [JsonPropertyName("to")] public DateTimeOffset? To { get; set; }

    /// <summary>Gets or sets the tier the customer held in the period.</summary>
    [JsonPropertyName("tier_id")] public string? TierId { get; set; }

    /// <summary>Gets or sets the customer's last visit in the period.</summary>
    [JsonPropertyName("last_visit")] public DateTimeOffset? LastVisit { get; set; }

    /// <summary>Gets or sets the customer's last session in the period.</summary>
    [JsonPropertyName("last_session")] public DateTimeOffset? LastSession { get; set; }

    /// <summary>Gets or sets the total the customer spent in the period.</summary>
    [JsonPropertyName("spend_total")] public decimal? SpendTotal { get; set; }

    /// <summary>Gets or sets the number of purchases in the period.</summary>
    [JsonPropertyName("number_of_purchases")] public int? NumberOfPurchases { get; set; }
}
