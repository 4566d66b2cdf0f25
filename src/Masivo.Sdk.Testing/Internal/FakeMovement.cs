namespace Masivo.Sdk.Testing.Internal;

/// <summary>
/// The kind of a balance movement, as Masivo's transactions name them (<c>type</c>: <c>ACCUMULATION</c>,
/// <c>REDEMPTION</c>, <c>EXPIRATION</c>, <c>MIGRATION</c>, <c>TRANSFER</c>, <c>REVERSAL</c>).
/// </summary>
internal enum FakeMovementType
{
    Accumulation,
    Redemption,
    Expiration,
    Migration,
    Transfer,
    Reversal,
}

/// <summary>
/// One movement of a customer's balance, shaped after Masivo's transaction (its <c>type</c>, signed <c>amount</c>:
/// negative when spent, <c>reward_id</c>, <c>brand_id</c>, <c>event_id</c>, <c>campaign_id</c>, <c>event_type</c>,
/// <c>details</c>, <c>created_at</c>, <c>issued_at</c>), so a customer's transaction list can be read from the ledger.
/// </summary>
internal sealed record FakeMovement(FakeMovementType Type, decimal Amount, string RewardId, DateTimeOffset CreatedAt)
{
    public string? BrandId { get; init; }

    public string? EventId { get; init; }

    public string? EventType { get; init; }

    public string? CampaignId { get; init; }

    public string? Details { get; init; }

    /// <summary>Gets when the reward was issued, for a credit; <see cref="CreatedAt"/> when unset.</summary>
    public DateTimeOffset? IssuedAt { get; init; }

    /// <summary>Gets when a credited reward expires.</summary>
    public DateTimeOffset? ExpirationDate { get; init; }

    /// <summary>The wire name of <see cref="Type"/>, such as <c>ACCUMULATION</c>.</summary>
    public string TypeName => Type.ToString().ToUpperInvariant();
}
