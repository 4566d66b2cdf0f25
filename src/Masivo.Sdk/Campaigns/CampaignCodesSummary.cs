using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>How a coupon campaign's codes are used (<c>includes=CODES_SUMMARY</c>).</summary>
public sealed class CampaignCodesSummary : MasivoModel
{
    /// <summary>Gets or sets how many codes were used.</summary>
    [JsonPropertyName("used")] public int? Used { get; set; }

    /// <summary>Gets or sets how many codes the campaign has.</summary>
    [JsonPropertyName("total")] public int? Total { get; set; }

    /// <summary>Gets or sets how many codes are left.</summary>
    [JsonPropertyName("left")] public int? Left { get; set; }

    /// <summary>Gets or sets the codes; kept as JSON, since Masivo does not show their shape.</summary>
    [JsonPropertyName("codes")] public JsonNode? Codes { get; set; }

    /// <summary>Gets or sets the codes' use; kept as JSON, since Masivo does not show its shape.</summary>
    [JsonPropertyName("codes_usage")] public JsonNode? CodesUsage { get; set; }
}
