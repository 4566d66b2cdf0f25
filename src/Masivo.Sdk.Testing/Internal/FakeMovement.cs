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
/// <c>details</c>, <c>created_at</c>, <c>issued_at</c>), so the ledger lists it as the customer's transaction
/// (<see cref="ToTransaction"/>).
/// </summary>
internal sealed record FakeMovement(FakeMovementType Type, decimal Amount, string RewardId, DateTimeOffset CreatedAt)
{
    public string? BrandId { get; init; }

    public string? EventId { get; init; }

    public string? EventType { get; init; }

    public string? CampaignId { get; init; }

    public string? ChannelId { get; init; }

    public string? StoreId { get; init; }

    public string? Details { get; init; }

    /// <summary>Gets when the reward was issued (for an event's own movements, the event's <c>issued_at</c>); <see cref="CreatedAt"/> when unset.</summary>
    public DateTimeOffset? IssuedAt { get; init; }

    /// <summary>Gets when a credited reward expires.</summary>
    public DateTimeOffset? ExpirationDate { get; init; }

    /// <summary>Gets when the reservation of an unfulfilled event ends, for the debit that reserves.</summary>
    public DateTimeOffset? ReservationExpiresAt { get; init; }

    /// <summary>The wire name of <see cref="Type"/>, such as <c>ACCUMULATION</c>.</summary>
    public string TypeName => Type.ToString().ToUpperInvariant();

    /// <summary>
    /// The transaction Masivo lists for this movement (reference 2.7): its type, signed amount (negative when spent),
    /// reward and the reward's type, brand, event, campaign, channel and store, details, <c>created_at</c> (when
    /// recorded) and <c>issued_at</c> (when issued), its cost (the amount's value by the reward's
    /// <c>conversion_factor</c>, when it has one) and the wallet line it moved in <c>attributes.line</c>.
    /// </summary>
    public Transaction ToTransaction(Reward reward) => new()
    {
        Id = Guid.NewGuid().ToString(),
        BrandId = BrandId,
        EventId = EventId,
        CampaignId = CampaignId,
        ChannelId = ChannelId,
        StoreId = StoreId,
        EventType = EventType,
        RewardType = reward.Type,
        RewardId = RewardId,
        Amount = Amount,
        Cost = ConversionFactorOf(reward) is { } factor ? Math.Abs(Amount) * factor : null,
        Details = Details,
        Type = TypeName,
        CreatedAt = CreatedAt,
        IssuedAt = IssuedAt ?? CreatedAt,
        Attributes = new TransactionAttributes
        {
            Line = new WalletLine
            {
                Amount = Amount,
                RewardId = RewardId,
                CampaignId = CampaignId,
                BrandId = BrandId,
                IssuedAt = IssuedAt ?? CreatedAt,
                ExpirationDate = ExpirationDate,
                ReservationExpiresAt = ReservationExpiresAt,
            },
        },
    };

    private static decimal? ConversionFactorOf(Reward reward) =>
        reward.Attributes?["conversion_factor"] is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<decimal>(out var factor) ? factor : null;
}
