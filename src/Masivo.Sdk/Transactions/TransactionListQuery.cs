using System.Globalization;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>
/// The day and filters of <see cref="TransactionsClient.ListAsync"/>: every customer's transactions of one day, for
/// reporting and reconciliation. The SDK sends the <c>cursor</c> itself, page after page.
/// </summary>
public sealed class TransactionListQuery
{
    /// <summary>Gets or sets the day whose transactions to list; sent as <c>date</c>, written <c>DD-MM-YYYY</c> (<c>31-07-2024</c>).</summary>
    public required DateOnly Date { get; set; }

    /// <summary>Gets or sets the brand whose transactions to list (<c>brand_id</c>).</summary>
    public string? BrandId { get; set; }

    /// <summary>Gets or sets the reward whose transactions to list (<c>reward_id</c>).</summary>
    public string? RewardId { get; set; }

    /// <summary>Gets or sets the campaign whose transactions to list (<c>campaign_id</c>).</summary>
    public string? CampaignId { get; set; }

    /// <summary>Gets or sets the event whose transactions to list (<c>event_id</c>).</summary>
    public string? EventId { get; set; }

    /// <summary>Gets or sets the kind of transaction to list (<c>type</c>).</summary>
    public TransactionType? Type { get; set; }

    /// <summary>Gets or sets who funded the transactions to list, such as <c>MARKETING</c> (<c>funded_by</c>).</summary>
    public string? FundedBy { get; set; }

    /// <summary>Gets the last id of the page before, set only on the SDK's copies (<c>cursor</c>).</summary>
    internal string? Cursor { get; private init; }

    /// <summary>Gets <see cref="Date"/> as sent: <c>DD-MM-YYYY</c>.</summary>
    internal string DateText => Date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    /// <summary>A copy asking for the rows after <paramref name="cursor"/>.</summary>
    internal TransactionListQuery After(string cursor) => new()
    {
        Date = Date,
        BrandId = BrandId,
        RewardId = RewardId,
        CampaignId = CampaignId,
        EventId = EventId,
        Type = Type,
        FundedBy = FundedBy,
        Cursor = cursor,
    };

    /// <summary>
    /// Throws when the date is unset (<see cref="DateOnly.MinValue"/>), or a filter is set blank (null leaves it out) or
    /// holds a control character or a lone surrogate.
    /// </summary>
    internal void Validate(string paramName)
    {
        if (Date == DateOnly.MinValue)
        {
            throw new ArgumentException("date (Date) is required: the day whose transactions to list.", paramName);
        }

        QueryValue.Filter(BrandId, "brand_id (BrandId)", paramName);
        QueryValue.Filter(RewardId, "reward_id (RewardId)", paramName);
        QueryValue.Filter(CampaignId, "campaign_id (CampaignId)", paramName);
        QueryValue.Filter(EventId, "event_id (EventId)", paramName);
        QueryValue.Filter(FundedBy, "funded_by (FundedBy)", paramName);
    }
}
