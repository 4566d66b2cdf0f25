namespace Masivo.Sdk.Testing;

/// <summary>
/// Builds the SDK's response models, complete and consistent, for unit tests that mock
/// <see cref="MasivoClient"/> or the resource clients instead of calling a server.
/// </summary>
/// <example>
/// <code>
/// var redemption = MasivoModelFactory.CouponRedemption("customer-42", rewardId: "reward-10off", amount: 10m);
/// coupons.Setup(c => c.RedeemAsync(It.IsAny&lt;RedeemCouponRequest&gt;(), It.IsAny&lt;CancellationToken&gt;())).ReturnsAsync(redemption);
/// </code>
/// </example>
public static class MasivoModelFactory
{
    private static readonly DateTimeOffset DefaultDate = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Builds a customer as Masivo returns it.</summary>
    /// <param name="id">The customer's id.</param>
    /// <param name="name">The name.</param>
    /// <param name="email">The email.</param>
    /// <param name="status">The status; <see cref="CustomerStatus.Active"/> when <see langword="null"/>.</param>
    /// <param name="registrationDate">When the customer registered; 2026-01-01 UTC when <see langword="null"/>.</param>
    /// <returns>The customer.</returns>
    public static Customer Customer(
        string id = "customer-1",
        string? name = "Ana García",
        string? email = "ana@example.com",
        CustomerStatus? status = null,
        DateTimeOffset? registrationDate = null) => new()
        {
            Id = id,
            Name = name,
            Email = email,
            Status = status ?? CustomerStatus.Active,
            RegistrationDate = registrationDate ?? DefaultDate,
            IsAnonymous = false,
        };

    /// <summary>Builds a reward.</summary>
    /// <param name="id">The reward's id.</param>
    /// <param name="name">The reward's name.</param>
    /// <param name="type">Its type; <see cref="RewardType.Points"/> when <see langword="null"/>.</param>
    /// <returns>The reward.</returns>
    public static Reward Reward(string id = "reward-1", string? name = "Points", RewardType? type = null) => new()
    {
        Id = id,
        Name = name,
        Type = type ?? RewardType.Points,
    };

    /// <summary>Builds one balance of a wallet: the total held of a reward.</summary>
    /// <param name="rewardId">The reward's id.</param>
    /// <param name="total">The amount held.</param>
    /// <param name="reward">The reward itself; built from <paramref name="rewardId"/> when <see langword="null"/>.</param>
    /// <param name="expirationDate">When the balance expires, if it does.</param>
    /// <returns>The total.</returns>
    public static WalletTotal WalletTotal(string rewardId, decimal total, Reward? reward = null, DateTimeOffset? expirationDate = null) => new()
    {
        RewardId = rewardId,
        Total = total,
        Reward = reward ?? Reward(rewardId),
        ExpirationDate = expirationDate,
    };

    /// <summary>Builds one movement of a wallet: an accumulation or a redemption of a reward.</summary>
    /// <param name="rewardId">The reward's id.</param>
    /// <param name="amount">The amount.</param>
    /// <param name="campaignId">The campaign that granted or consumed it.</param>
    /// <param name="issuedAt">When; 2026-01-01 UTC when <see langword="null"/>.</param>
    /// <returns>The line.</returns>
    public static WalletLine WalletLine(string rewardId, decimal amount, string? campaignId = "campaign-1", DateTimeOffset? issuedAt = null) => new()
    {
        RewardId = rewardId,
        Amount = amount,
        CampaignId = campaignId,
        IssuedAt = issuedAt ?? DefaultDate,
    };

    /// <summary>Builds a wallet whose lines and totals agree: one accumulation line per total.</summary>
    /// <param name="ownerId">The customer who owns it.</param>
    /// <param name="totals">The balances; none for an empty wallet.</param>
    /// <returns>The wallet.</returns>
    public static Wallet Wallet(string ownerId = "customer-1", params WalletTotal[] totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        return new Wallet
        {
            Id = "wallet-" + ownerId,
            OwnerId = ownerId,
            Totals = totals.ToList(),
            Lines = totals.Select(total => WalletLine(total.RewardId!, total.Total ?? 0m)).ToList(),
        };
    }

    /// <summary>Builds the answer of <see cref="CustomersClient.CreateAsync"/>: a customer with its wallet.</summary>
    /// <param name="customer">The customer; <see cref="Customer"/> with its defaults when <see langword="null"/>.</param>
    /// <param name="wallet">The wallet; an empty wallet of the customer when <see langword="null"/>.</param>
    /// <returns>The customer with the wallet.</returns>
    public static CustomerWithWallet CustomerWithWallet(Customer? customer = null, Wallet? wallet = null)
    {
        customer ??= Customer();
        return new CustomerWithWallet { Customer = customer, Wallet = wallet ?? Wallet(customer.Id ?? "customer-1") };
    }

    /// <summary>
    /// Builds the answer of <see cref="CouponsClient.RedeemAsync"/>: the customer, a wallet holding
    /// <paramref name="amount"/> of the reward, and the accumulation that put it there.
    /// </summary>
    /// <param name="customerId">The customer who redeemed.</param>
    /// <param name="rewardId">The reward the coupon granted.</param>
    /// <param name="amount">How much of it.</param>
    /// <param name="campaignId">The coupon's campaign.</param>
    /// <returns>The redemption.</returns>
    public static CouponRedemption CouponRedemption(string customerId = "customer-1", string rewardId = "reward-1", decimal amount = 100m, string campaignId = "campaign-1")
    {
        var accumulation = WalletLine(rewardId, amount, campaignId);
        var wallet = Wallet(customerId, WalletTotal(rewardId, amount));
        wallet.Lines = [accumulation]; // the wallet's line is the accumulation itself: same campaign, same amount
        return new CouponRedemption
        {
            Customer = Customer(customerId),
            Wallet = wallet,
            Accumulations = [accumulation],
            Redemptions = [],
        };
    }

    /// <summary>Builds a contact as <see cref="ContactsClient.SearchAsync"/> returns it.</summary>
    /// <param name="externalId">The id in your system.</param>
    /// <param name="email">The email.</param>
    /// <param name="firstName">The first name.</param>
    /// <param name="lastName">The last name.</param>
    /// <param name="documentNumber">The identity document's number, if any.</param>
    /// <returns>The contact, with Masivo's ids and timestamps filled in.</returns>
    public static Contact Contact(
        string? externalId = "contact-1",
        string? email = "ana@example.com",
        string? firstName = "Ana",
        string? lastName = "García",
        string? documentNumber = null) => new()
        {
            Id = "id-" + (externalId ?? email ?? "contact"),
            PersonaId = "persona-" + (externalId ?? email ?? "contact"),
            ExternalId = externalId,
            Email = email,
            FirstName = firstName,
            LastName = lastName,
            DocumentNumber = documentNumber,
            DocumentType = documentNumber is null ? null : "ID",
            Status = CustomerStatus.Active,
            CreatedAt = DefaultDate,
            UpdatedAt = DefaultDate,
        };

    /// <summary>
    /// Builds the result of a migration of <paramref name="records"/> in batches of <paramref name="batchSize"/>,
    /// as <c>MigrateAsync</c> returns it: the batches listed in <paramref name="failedBatches"/> failed (with
    /// their records and an error), the others were acknowledged; every count adds up.
    /// </summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="records">The records the migration read, in order.</param>
    /// <param name="batchSize">The records per batch.</param>
    /// <param name="failedBatches">The indexes of the batches that failed; none when <see langword="null"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="batchSize"/> is not positive, or a failed batch index is not a batch of the result.</exception>
    public static MigrationResult<T> MigrationResult<T>(IReadOnlyList<T> records, int batchSize = 1000, IEnumerable<int>? failedBatches = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var failed = failedBatches?.ToHashSet() ?? [];
        var batches = new List<MigrationBatchResult<T>>();
        for (var first = 0; first < records.Count; first += batchSize)
        {
            var index = batches.Count;
            var count = Math.Min(batchSize, records.Count - first);
            batches.Add(failed.Remove(index)
                ? new MigrationBatchResult<T>(index, first, records.Skip(first).Take(count).ToArray(), new MasivoException($"Batch {index} failed.") { Operation = "migrate" })
                : new MigrationBatchResult<T>(index, first, count, "batch enqueued successfully"));
        }

        if (failed.Count > 0)
        {
            throw new ArgumentOutOfRangeException(nameof(failedBatches), $"The result has {batches.Count} batches; there is no batch {failed.Min()}.");
        }

        return new MigrationResult<T>(batches, TimeSpan.FromSeconds(batches.Count));
    }

    /// <summary>Builds the exception a migration throws when it stops at a failed batch, carrying <paramref name="result"/>.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="result">The partial result; its first failed batch is the one the migration stopped at.</param>
    /// <returns>The exception.</returns>
    /// <exception cref="ArgumentException"><paramref name="result"/> has no failed batch.</exception>
    public static MasivoMigrationException MigrationException<T>(MigrationResult<T> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var failed = result.FailedBatches.Count > 0 ? result.FailedBatches[0] : throw new ArgumentException("A migration stops at a failed batch: the result has none.", nameof(result));
        return new MasivoMigrationException(
            $"The migration stopped at batch {failed.BatchIndex}: {failed.Error!.Message} {result.SucceededRecords} of the {result.TotalRecords} records read were acknowledged; resume with Skip({result.NextRecordIndex}).",
            result,
            failed.Error);
    }
}
