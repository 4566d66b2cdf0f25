using System.Text.Json.Serialization;

namespace Masivo.Sdk.Internal;

/// <summary>The answer of <c>GET campaigns</c>: <c>{"data": [...], "from", "to", "count"}</c> (the range echoed; read whether numbers or strings).</summary>
internal sealed class CampaignListPage
{
    [JsonPropertyName("data")] public IReadOnlyList<Campaign>? Data { get; set; }

    [JsonPropertyName("from")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public int? From { get; set; }

    [JsonPropertyName("to")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public int? To { get; set; }

    [JsonPropertyName("count")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public int? Count { get; set; }
}
