using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>A one-time code Masivo created for a customer: deliver it yourself (SMS, email), then check what the customer types with <see cref="TotpClient.VerifyAsync"/>.</summary>
public sealed class TotpCode : MasivoModel
{
    /// <summary>Gets or sets the code, such as <c>"1234"</c>.</summary>
    [JsonPropertyName("code")] public string? Code { get; set; }

    /// <summary>Gets or sets when the code expires.</summary>
    [JsonPropertyName("expired_at")] public DateTimeOffset? ExpiredAt { get; set; }
}
