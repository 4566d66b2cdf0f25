using System.Text.Json.Serialization;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>
/// The referral campaign a customer wants a code for, for <see cref="CustomersClient.RequestReferralCodeAsync"/>.
/// <see cref="CampaignId"/> is required; <see cref="BrandId"/> too when the campaign belongs to a brand.
/// </summary>
public sealed class RequestReferralCodeRequest : MasivoModel
{
    /// <summary>Gets or sets the id of the referral campaign.</summary>
    [JsonPropertyName("campaign_id")] public string? CampaignId { get; set; }

    /// <summary>Gets or sets the id of the brand; required when the campaign is brand-specific.</summary>
    [JsonPropertyName("brand_id")] public string? BrandId { get; set; }

    /// <summary>Throws when the campaign is missing.</summary>
    internal void Validate(string paramName)
    {
        QueryValue.Required(CampaignId, "campaign_id (CampaignId)", paramName);
        ModelGraph.RequireNoRepeatedMembers(this, paramName);
    }
}
