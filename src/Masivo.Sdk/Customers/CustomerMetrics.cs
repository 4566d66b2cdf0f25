using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>A customer's activity metrics by period.</summary>
public sealed class CustomerMetrics : MasivoModel
{
    /// <summary>Gets or sets the metrics since registration.</summary>
    [JsonPropertyName("lifetime")] public MetricsPeriod? Lifetime { get; set; }

    /// <summary>Gets or sets the metrics of the previous year.</summary>
    [JsonPropertyName("last_year")] public MetricsPeriod? LastYear { get; set; }

    /// <summary>Gets or sets the metrics of the current year.</summary>
    [JsonPropertyName("this_year")] public MetricsPeriod? ThisYear { get; set; }

    /// <summary>Gets or sets the metrics of the previous month.</summary>
    [JsonPropertyName("last_month")] public MetricsPeriod? LastMonth { get; set; }

    /// <summary>Gets or sets the metrics of the current month.</summary>
    [JsonPropertyName("this_month")] public MetricsPeriod? ThisMonth { get; set; }

    /// <summary>Gets or sets the metrics of the previous quarter.</summary>
    [JsonPropertyName("last_quarter")] public MetricsPeriod? LastQuarter { get; set; }

    /// <summary>Gets or sets the metrics of the current quarter.</summary>
    [JsonPropertyName("this_quarter")] public MetricsPeriod? ThisQuarter { get; set; }

    /// <summary>Gets or sets the metrics of the previous semester.</summary>
    [JsonPropertyName("last_semester")] public MetricsPeriod? LastSemester { get; set; }

    /// <summary>Gets or sets the metrics of the current semester.</summary>
    [JsonPropertyName("this_semester")] public MetricsPeriod? ThisSemester { get; set; }

    /// <summary>Gets or sets when these metrics were last updated.</summary>
    [JsonPropertyName("updated_at")] public DateTimeOffset? UpdatedAt { get; set; }
}
