using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>
/// Filters and page size of <see cref="RewardsClient.ListAsync"/>. The SDK sends the <c>from</c>/<c>to</c> range
/// Masivo requires itself, page after page, as the list is enumerated.
/// </summary>
public sealed class RewardListQuery
{
    /// <summary>Gets or sets the rewards asked per page, 1 to 1,000.</summary>
    /// <value>Defaults to <see langword="null"/>: 1,000 per page (Masivo caps an account at 1,000 rewards, so usually one page).</value>
    public int? PageSize { get; set; }

    /// <summary>Gets or sets the brand whose rewards to list (<c>brand_id</c>).</summary>
    public string? BrandId { get; set; }

    /// <summary>Gets or sets the kind of reward to list (<c>type</c>).</summary>
    public RewardType? Type { get; set; }

    /// <summary>Gets the page this copy of the query asks for; set only on the SDK's copies.</summary>
    internal IndexRange Range { get; private init; } = IndexRange.First(PageLimits.Max);

    internal int RowsPerPage => PageSize ?? PageLimits.Max;

    /// <summary>A copy asking for <paramref name="range"/>.</summary>
    internal RewardListQuery At(IndexRange range) => new() { PageSize = PageSize, BrandId = BrandId, Type = Type, Range = range };

    /// <summary>Throws when the page size is outside 1..1,000, or the brand is set blank (null leaves it out) or holds a control character or a lone surrogate.</summary>
    internal void Validate(string paramName)
    {
        PageLimits.Validate(PageSize, paramName);
        QueryValue.Filter(BrandId, "brand_id (BrandId)", paramName);
    }
}
