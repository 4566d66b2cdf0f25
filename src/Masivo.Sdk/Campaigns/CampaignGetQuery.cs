namespace Masivo.Sdk;

/// <summary>Options of <see cref="CampaignsClient.GetAsync"/>.</summary>
public sealed class CampaignGetQuery
{
    /// <summary>Gets or sets a customer whose coupon availability to answer for (<c>customer_id</c>; coupon campaigns only).</summary>
    public string? CustomerId { get; set; }

    /// <summary>Gets or sets a value indicating whether a coupon campaign carries its <see cref="CampaignAttributes.CodesSummary"/> (<c>includes=CODES_SUMMARY</c>).</summary>
    public bool IncludeCodesSummary { get; set; }
}
