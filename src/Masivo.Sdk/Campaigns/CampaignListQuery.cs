using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>
/// Filters and page size of <see cref="CampaignsClient.ListAsync"/>. The SDK sends the <c>from</c>/<c>to</c> range
/// itself, page after page, as the list is enumerated. The names of <c>customer_id</c>, <c>labels</c> and
/// <c>funded_by</c> are inferred: Masivo's reference describes those filters without showing their names.
/// </summary>
public sealed class CampaignListQuery
{
    /// <summary>Gets or sets the campaigns asked per page, 1 to 1,000.</summary>
    /// <value>Defaults to <see langword="null"/>: 1,000 per page (Masivo caps an account at 1,000 campaigns, so usually one page).</value>
    public int? PageSize { get; set; }

    /// <summary>Gets or sets the kind of campaign to list (<c>type</c>).</summary>
    public CampaignType? Type { get; set; }

    /// <summary>Gets or sets the brand whose campaigns to list (<c>brand_id</c>).</summary>
    public string? BrandId { get; set; }

    /// <summary>Gets or sets a customer: only the campaigns it can take part in are listed (<c>customer_id</c>).</summary>
    public string? CustomerId { get; set; }

    /// <summary>Gets or sets the status to list (<c>status</c>), <see cref="CampaignStatus.NotFinished"/> included.</summary>
    public CampaignStatus? Status { get; set; }

    /// <summary>Gets or sets labels to list campaigns by, sent comma-separated (<c>labels</c>).</summary>
    public IList<string>? Labels { get; set; }

    /// <summary>Gets or sets who funds the campaigns to list, such as <c>MARKETING</c> (<c>funded_by</c>).</summary>
    public string? FundedBy { get; set; }

    /// <summary>Gets or sets a value indicating whether coupon campaigns carry their <see cref="CampaignAttributes.CodesSummary"/> (<c>includes=CODES_SUMMARY</c>).</summary>
    public bool IncludeCodesSummary { get; set; }

    /// <summary>Gets the page this copy of the query asks for; set only on the SDK's copies.</summary>
    internal IndexRange Range { get; private init; } = IndexRange.First(PageLimits.Max);

    internal int RowsPerPage => PageSize ?? PageLimits.Max;

    internal string? LabelsText => Labels is { Count: > 0 } labels ? string.Join(',', labels) : null;

    /// <summary>A copy asking for <paramref name="range"/>.</summary>
    internal CampaignListQuery At(IndexRange range) => new()
    {
        PageSize = PageSize,
        Type = Type,
        BrandId = BrandId,
        CustomerId = CustomerId,
        Status = Status,
        Labels = Labels?.ToList(),
        FundedBy = FundedBy,
        IncludeCodesSummary = IncludeCodesSummary,
        Range = range,
    };

    /// <summary>
    /// Throws when the page size is outside 1..1,000, a label is blank or holds a comma, or a filter is set blank (null
    /// leaves it out) or holds a control character or a lone surrogate.
    /// </summary>
    internal void Validate(string paramName)
    {
        PageLimits.Validate(PageSize, paramName);
        QueryValue.Filter(BrandId, "brand_id (BrandId)", paramName);
        QueryValue.Filter(CustomerId, "customer_id (CustomerId)", paramName);
        QueryValue.Filter(FundedBy, "funded_by (FundedBy)", paramName);
        foreach (var label in Labels ?? [])
        {
            if (string.IsNullOrWhiteSpace(label) || label.Contains(',', StringComparison.Ordinal))
            {
                throw new ArgumentException($"labels (Labels) holds '{label}'; labels travel comma-separated, so each must be non-blank and without a comma.", paramName);
            }

            QueryValue.Filter(label, "labels (Labels)", paramName);
        }
    }
}
