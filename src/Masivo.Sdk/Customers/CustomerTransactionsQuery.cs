using System.Globalization;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>
/// Filters for <see cref="CustomersClient.GetTransactionsAsync"/>. Without <see cref="Year"/>, Masivo returns the
/// last three months; every filter set narrows the answer.
/// </summary>
public sealed class CustomerTransactionsQuery
{
    /// <summary>The earliest year Masivo accepts.</summary>
    public const int MinYear = 2020;

    /// <summary>
    /// Gets or sets the year whose transactions to return, 2020 or later. Sent as the <c>year</c> query
    /// parameter: Masivo's reference describes it ("the year to filter transactions") without showing its name.
    /// </summary>
    public int? Year { get; set; }

    /// <summary>Gets or sets the brand whose transactions to return (<c>brand_id</c>).</summary>
    public string? BrandId { get; set; }

    /// <summary>Gets or sets the reward whose transactions to return (<c>reward_id</c>).</summary>
    public string? RewardId { get; set; }

    /// <summary>Gets or sets the kind of transaction to return (<c>type</c>).</summary>
    public TransactionType? Type { get; set; }

    /// <summary>Throws when the year is before 2020, or a filter is set blank (null leaves it out) or holds a control character or a lone surrogate.</summary>
    internal void Validate(string paramName)
    {
        if (Year < MinYear)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"year (Year) is {Year}; Masivo keeps transactions from {MinYear} on."),
                paramName);
        }

        QueryValue.Filter(BrandId, "brand_id (BrandId)", paramName);
        QueryValue.Filter(RewardId, "reward_id (RewardId)", paramName);
    }
}
