namespace Masivo.Sdk.Testing.Internal;

/// <summary>The account's transactions: every customer's (as <see cref="RecordTransaction"/> recorded them), one day at a time.</summary>
internal sealed partial class FakeState
{
    /// <summary>The most rows a page of <c>GET transactions</c> holds, as on Masivo.</summary>
    public const int AccountTransactionsPageSize = 1_000;

    /// <summary>
    /// One page of the transactions issued on <paramref name="date"/> (UTC) matching every filter given: ordered by id
    /// (ordinal), those after <paramref name="cursor"/>, at most <see cref="AccountTransactionsPageSize"/>.
    /// </summary>
    public List<Transaction> ListAccountTransactions(DateOnly date, string? cursor, TransactionFilter filter)
    {
        lock (_gate)
        {
            return _customers.Values
                .SelectMany(customer => customer.Transactions)
                .Where(t => t.IssuedAt is { } issued && DateOnly.FromDateTime(issued.UtcDateTime) == date)
                .Where(t => filter.Matches(t))
                .Where(t => cursor is null || string.CompareOrdinal(t.Id, cursor) > 0)
                .OrderBy(t => t.Id, StringComparer.Ordinal)
                .Take(AccountTransactionsPageSize)
                .ToList();
        }
    }
}

/// <summary>The filters of <c>GET transactions</c>; a <see langword="null"/> one matches everything.</summary>
internal sealed record TransactionFilter(string? BrandId, string? RewardId, string? CampaignId, string? EventId, string? Type, string? FundedBy)
{
    public bool Matches(Transaction transaction) =>
        (BrandId is null || transaction.BrandId == BrandId)
        && (RewardId is null || transaction.RewardId == RewardId)
        && (CampaignId is null || transaction.CampaignId == CampaignId)
        && (EventId is null || transaction.EventId == EventId)
        && (Type is null || transaction.Type?.Value == Type)
        && (FundedBy is null || transaction.FundedBy == FundedBy);
}
