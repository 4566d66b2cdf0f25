namespace Masivo.Sdk.Testing.Internal;

/// <summary>
/// Every customer's balance and the movements that made it. <see cref="Record"/> is the one way a balance
/// changes (coupons, migrations, events, reversals, expiries, a test's seeding): a credit adds a wallet line, a
/// debit spends lines of the same reward, those expiring first before the others, the movement is kept in
/// the customer's history, and the customer's transactions list it (<see cref="FakeState.RecordTransaction"/>).
/// Not thread-safe: callers hold <see cref="FakeState.Gate"/>.
/// </summary>
internal sealed class FakeLedger(FakeState state)
{
    private readonly Dictionary<string, List<WalletLine>> _lines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<FakeMovement>> _movements = new(StringComparer.Ordinal);

    /// <summary>
    /// Applies <paramref name="movement"/> to the customer's wallet, keeps it in the customer's history and lists it
    /// as the customer's transaction (a movement of nothing, such as a migrated balance of zero, is not listed).
    /// </summary>
    public void Record(string customerId, FakeMovement movement)
    {
        History(customerId).Add(movement);
        if (movement.Amount != 0m)
        {
            state.RecordTransaction(customerId, movement.ToTransaction(state.RewardOf(movement.RewardId)));
        }

        Apply(customerId, movement);
        state.Webhooks.NoteMovement(customerId, movement);
    }

    /// <summary>
    /// Moves the customer's wallet and history to <paramref name="newId"/>, when an anonymous customer is identified
    /// under a new id.
    /// </summary>
    public void Rename(string customerId, string newId)
    {
        if (_lines.Remove(customerId, out var lines))
        {
            _lines[newId] = lines;
        }

        if (_movements.Remove(customerId, out var movements))
        {
            _movements[newId] = movements;
        }
    }

    private void Apply(string customerId, FakeMovement movement)
    {
        var lines = LinesOf(customerId);
        if (movement.Amount >= 0m)
        {
            if (movement.Amount > 0m)
            {
                lines.Add(new WalletLine
                {
                    Amount = movement.Amount,
                    RewardId = movement.RewardId,
                    CampaignId = movement.CampaignId,
                    BrandId = movement.BrandId,
                    IssuedAt = movement.IssuedAt ?? movement.CreatedAt,
                    ExpirationDate = movement.ExpirationDate,
                });
            }

            return;
        }

        var owed = -movement.Amount;
        var spendable = lines
            .Where(line => line.RewardId == movement.RewardId && line.Amount > 0m)
            .OrderBy(line => line.ExpirationDate ?? DateTimeOffset.MaxValue)
            .ThenBy(line => line.IssuedAt ?? DateTimeOffset.MinValue)
            .ToList();
        foreach (var line in spendable)
        {
            var taken = Math.Min(line.Amount!.Value, owed);
            line.Amount -= taken;
            owed -= taken;
            if (line.Amount == 0m)
            {
                lines.Remove(line);
            }

            if (owed == 0m)
            {
                return;
            }
        }

        // Taking back more than is left (a reversal of points already spent) leaves the balance negative.
        lines.Add(new WalletLine { Amount = -owed, RewardId = movement.RewardId, BrandId = movement.BrandId, IssuedAt = movement.CreatedAt });
    }

    /// <summary>The customer's wallet lines (the live list: copy before letting it out of the lock).</summary>
    public IReadOnlyList<WalletLine> Lines(string customerId) => LinesOf(customerId);

    /// <summary>The customer's balance of <paramref name="rewardId"/>.</summary>
    public decimal Balance(string customerId, string rewardId) =>
        _lines.TryGetValue(customerId, out var lines) ? lines.Where(line => line.RewardId == rewardId).Sum(line => line.Amount ?? 0m) : 0m;

    /// <summary>The customer's movements, oldest first.</summary>
    public IReadOnlyList<FakeMovement> Movements(string customerId) =>
        _movements.TryGetValue(customerId, out var movements) ? movements.ToList() : [];

    /// <summary>Forgets the customer's wallet and history, when a migration replaces the customer.</summary>
    public void Forget(string customerId)
    {
        _lines.Remove(customerId);
        _movements.Remove(customerId);
    }

    private List<WalletLine> LinesOf(string customerId)
    {
        if (!_lines.TryGetValue(customerId, out var lines))
        {
            _lines[customerId] = lines = [];
        }

        return lines;
    }

    private List<FakeMovement> History(string customerId)
    {
        if (!_movements.TryGetValue(customerId, out var movements))
        {
            _movements[customerId] = movements = [];
        }

        return movements;
    }
}
