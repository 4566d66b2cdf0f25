using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>What a customer agreed to be contacted or tracked for.</summary>
public sealed class ConsentPurposes : MasivoModel
{
    /// <summary>Gets or sets consent to behavioral campaigns.</summary>
    [JsonPropertyName("behavioral_campaigns")] public bool? BehavioralCampaigns { get; set; }

    /// <summary>Gets or sets consent to coupon campaigns.</summary>
    [JsonPropertyName("coupon_campaigns")] public bool? CouponCampaigns { get; set; }

    /// <summary>Gets or sets consent to punch-card campaigns.</summary>
    [JsonPropertyName("punchcard_campaigns")] public bool? PunchcardCampaigns { get; set; }

    /// <summary>Gets or sets consent to email marketing.</summary>
    [JsonPropertyName("email_marketing")] public bool? EmailMarketing { get; set; }

    /// <summary>Gets or sets consent to push notifications.</summary>
    [JsonPropertyName("push_notifications")] public bool? PushNotifications { get; set; }

    /// <summary>Gets or sets consent to link tracking.</summary>
    [JsonPropertyName("link_tracking")] public bool? LinkTracking { get; set; }
}
