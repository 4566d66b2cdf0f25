using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>A customer's code for a referral campaign, as <see cref="CustomersClient.RequestReferralCodeAsync"/> returns it.</summary>
public sealed class ReferralCode : MasivoModel
{
    /// <summary>Gets or sets Masivo's id of the referral code.</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }

    /// <summary>Gets or sets the code the customer shares, such as <c>ZMQQJTAZ</c>.</summary>
    [JsonPropertyName("code")] public string? Code { get; set; }

    /// <summary>Gets or sets the id of the customer who refers.</summary>
    [JsonPropertyName("customer_id")] public string? CustomerId { get; set; }

    /// <summary>Gets or sets the id of the referral campaign.</summary>
    [JsonPropertyName("campaign_id")] public string? CampaignId { get; set; }

    /// <summary>Gets or sets how many times the code has been used.</summary>
    [JsonPropertyName("uses_count")] public int? UsesCount { get; set; }

    /// <summary>Gets or sets how many times the code may be used.</summary>
    [JsonPropertyName("max_uses")] public int? MaxUses { get; set; }

    /// <summary>Gets or sets when the code was created.</summary>
    [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>Gets or sets free-form metadata.</summary>
    [JsonPropertyName("metadata")] public JsonObject? Metadata { get; set; }
}
