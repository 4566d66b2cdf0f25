using System.Text.Json;

namespace Masivo.Sdk.Testing.Internal;

/// <summary>What a customer owns beside its wallet: its transactions, gift cards and referral codes.</summary>
internal sealed partial class FakeState
{
    private const string ReferralCodeLetters = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    private readonly Dictionary<string, ReferralCode> _referralCodes = new(StringComparer.Ordinal);

    /// <summary>
    /// Appends a transaction to a customer's history, the one way transactions enter the fake: seeded by a test, or
    /// recorded by whatever moves the customer's rewards. A copy is stored, its id, <c>created_at</c> and
    /// <c>issued_at</c> filled in when missing.
    /// </summary>
    /// <returns><see langword="false"/> when no customer has the id (nothing is recorded).</returns>
    public bool RecordTransaction(string customerId, Transaction transaction)
    {
        var stored = JsonSerializer.SerializeToNode(transaction, FakeJsonContext.Default.Transaction)!.Deserialize(FakeJsonContext.Default.Transaction)!;
        lock (_gate)
        {
            if (!_customers.TryGetValue(customerId, out var customer))
            {
                return false;
            }

            stored.Id ??= Guid.NewGuid().ToString();
            stored.CreatedAt ??= Now;
            stored.IssuedAt ??= stored.CreatedAt;
            customer.Transactions.Add(stored);
            return true;
        }
    }

    /// <summary>
    /// Adds migrated transactions to their customers' histories, all or none: each customer's once (Masivo's reference:
    /// "unlike transactions, events may be migrated in several passes"; a customer migrated again starts afresh), and
    /// adding up, reward by reward, to the customer's balance ("transactions must add up to the customer's
    /// already-migrated balance"). The balance does not move. The customers are known (the caller checked).
    /// </summary>
    /// <returns>Why the batch is refused, naming the customer, or <see langword="null"/> when it was stored.</returns>
    public string? MigrateTransactions(IReadOnlyList<(string CustomerId, List<Transaction> Transactions)> batch)
    {
        lock (_gate)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < batch.Count; i++)
            {
                var (id, transactions) = batch[i];
                if (_customers[id].TransactionsMigrated || !seen.Add(id))
                {
                    return $"Invalid customer entry: customers[{i}] ('{id}'): its transactions were migrated already; a customer's transactions are migrated once, all together (unlike events)";
                }

                var sums = transactions.GroupBy(t => t.RewardId ?? string.Empty, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Sum(t => t.Amount ?? 0m), StringComparer.Ordinal);
                var rewards = Ledger.Lines(id).Select(line => line.RewardId ?? string.Empty).Concat(sums.Keys).Distinct(StringComparer.Ordinal);
                foreach (var rewardId in rewards)
                {
                    var sum = sums.GetValueOrDefault(rewardId);
                    var balance = Ledger.Balance(id, rewardId);
                    if (sum != balance)
                    {
                        return $"Invalid customer entry: customers[{i}] ('{id}'): its transactions of reward '{rewardId}' add up to "
                            + $"{sum.ToString(System.Globalization.CultureInfo.InvariantCulture)}, but its balance is "
                            + $"{balance.ToString(System.Globalization.CultureInfo.InvariantCulture)}; a customer's transactions must add up to its migrated balance";
                    }
                }
            }

            foreach (var (id, transactions) in batch)
            {
                _customers[id].TransactionsMigrated = true;
                foreach (var transaction in transactions)
                {
                    RecordTransaction(id, transaction);
                }
            }

            return null;
        }
    }

    /// <summary>
    /// A customer's transactions of <paramref name="year"/> (by <c>issued_at</c>), or of the last three months without
    /// one, matching every other filter given; <see langword="null"/> when no customer has the id.
    /// </summary>
    public List<Transaction>? FindTransactions(string customerId, int? year, string? brandId, string? rewardId, string? type)
    {
        lock (_gate)
        {
            if (!_customers.TryGetValue(customerId, out var customer))
            {
                return null;
            }

            var since = Now.AddMonths(-3);
            return customer.Transactions
                .Where(t => year is { } y ? t.IssuedAt?.Year == y : t.IssuedAt >= since)
                .Where(t => brandId is null || t.BrandId == brandId)
                .Where(t => rewardId is null || t.RewardId == rewardId)
                .Where(t => type is null || t.Type?.Value == type)
                .ToList();
        }
    }

    /// <summary>Replaces a customer's gift cards; <see langword="false"/> when no customer has the id.</summary>
    public bool SetGiftCards(string customerId, IEnumerable<GiftCard> giftCards)
    {
        var copies = giftCards.Select(card =>
        {
            var copy = JsonSerializer.SerializeToNode(card, FakeJsonContext.Default.GiftCard)!.Deserialize(FakeJsonContext.Default.GiftCard)!;
            copy.CustomerId ??= customerId;
            return copy;
        }).ToList();
        lock (_gate)
        {
            if (!_customers.TryGetValue(customerId, out var customer))
            {
                return false;
            }

            customer.GiftCards = copies;
            return true;
        }
    }

    /// <summary>A customer's gift cards; <see langword="null"/> when no customer has the id.</summary>
    public List<GiftCard>? FindGiftCards(string customerId)
    {
        lock (_gate)
        {
            return _customers.TryGetValue(customerId, out var customer) ? customer.GiftCards.ToList() : null;
        }
    }

    /// <summary>
    /// The customer's code for a campaign, created the first time and the same afterwards, as on Masivo;
    /// <see langword="null"/> when no customer has the id.
    /// </summary>
    public ReferralCode? RequestReferralCode(string customerId, string campaignId)
    {
        lock (_gate)
        {
            if (!_customers.TryGetValue(customerId, out var customer))
            {
                return null;
            }

            if (!customer.ReferralCodes.TryGetValue(campaignId, out var code))
            {
                code = new ReferralCode
                {
                    Id = Guid.NewGuid().ToString(),
                    Code = NewReferralCode(),
                    CustomerId = customerId,
                    CampaignId = campaignId,
                    UsesCount = 0,
                    CreatedAt = Now,
                };
                customer.ReferralCodes.Add(campaignId, code);
                _referralCodes.Add(code.Code, code);
            }

            return Copy(code);
        }
    }

    /// <summary>Counts a use of a referral code a new customer signed up with (a code the fake never issued is ignored). Called under the lock.</summary>
    private void CountReferral(string? code)
    {
        if (code is not null && _referralCodes.TryGetValue(code, out var referral))
        {
            referral.UsesCount = (referral.UsesCount ?? 0) + 1;
        }
    }

    private static ReferralCode Copy(ReferralCode code) =>
        JsonSerializer.SerializeToNode(code, FakeJsonContext.Default.ReferralCode)!.Deserialize(FakeJsonContext.Default.ReferralCode)!;

    private string NewReferralCode()
    {
        string code;
        do
        {
            code = string.Create(8, 0, static (letters, _) =>
            {
                for (var i = 0; i < letters.Length; i++)
                {
                    letters[i] = ReferralCodeLetters[Random.Shared.Next(ReferralCodeLetters.Length)];
                }
            });
        }
        while (_referralCodes.ContainsKey(code));

        return code;
    }
}
