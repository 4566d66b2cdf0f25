namespace Masivo.Sdk.Testing.Tests;

public sealed class ModelFactoryTests
{
    [Fact]
    public void A_redemption_has_a_wallet_that_agrees_with_its_accumulation()
    {
        var redemption = MasivoModelFactory.CouponRedemption("customer-42", "reward-10", 10m, "campaign-7");

        Assert.Equal("customer-42", redemption.Customer!.Id);
        Assert.Equal("customer-42", redemption.Wallet!.OwnerId);
        var total = Assert.Single(redemption.Wallet.Totals!);
        Assert.Equal((10m, "reward-10"), (total.Total!.Value, total.RewardId!));
        var accumulation = Assert.Single(redemption.Accumulations!);
        Assert.Equal((10m, "campaign-7"), (accumulation.Amount!.Value, accumulation.CampaignId!));
        var line = Assert.Single(redemption.Wallet.Lines!);
        Assert.Equal((10m, "campaign-7", "reward-10"), (line.Amount!.Value, line.CampaignId!, line.RewardId!));
        Assert.Empty(redemption.Redemptions!);
    }

    [Fact]
    public void A_customer_with_wallet_defaults_to_an_empty_wallet_of_that_customer()
    {
        var created = MasivoModelFactory.CustomerWithWallet(MasivoModelFactory.Customer("k-9", status: CustomerStatus.Inactive));

        Assert.Equal(CustomerStatus.Inactive, created.Customer!.Status);
        Assert.Equal("k-9", created.Wallet!.OwnerId);
        Assert.Empty(created.Wallet.Totals!);
    }

    [Fact]
    public void A_wallet_has_one_line_per_total()
    {
        var wallet = MasivoModelFactory.Wallet("k-1", MasivoModelFactory.WalletTotal("points", 120m), MasivoModelFactory.WalletTotal("cashback", 5m));

        Assert.Equal(["points", "cashback"], wallet.Lines!.Select(l => l.RewardId));
        Assert.Equal([120m, 5m], wallet.Lines!.Select(l => l.Amount!.Value));
    }

    [Fact]
    public void A_contact_has_masivo_ids_and_the_given_identity()
    {
        var contact = MasivoModelFactory.Contact("ext-1", "a@example.com", documentNumber: "123");

        Assert.Equal(("ext-1", "a@example.com", "123", "ID"), (contact.ExternalId, contact.Email, contact.DocumentNumber, contact.DocumentType));
        Assert.NotNull(contact.Id);
        Assert.NotNull(contact.PersonaId);
    }

    private sealed class MockedCoupons(CouponRedemption answer) : CouponsClient
    {
        public override Task<CouponRedemption> RedeemAsync(RedeemCouponRequest request, CancellationToken cancellationToken = default) => Task.FromResult(answer);
    }

    [Fact]
    public async Task Factory_models_stand_in_for_a_mocked_resource_client()
    {
        CouponsClient coupons = new MockedCoupons(MasivoModelFactory.CouponRedemption(amount: 25m));

        var redemption = await coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = "customer-1", Code = "X" });

        Assert.Equal(25m, redemption.Wallet!.Totals!.Single().Total);
    }

    [Fact]
    public void A_migration_result_adds_up_with_its_failed_batches_holding_their_records()
    {
        var records = Enumerable.Range(0, 25).Select(i => new ContactMigrationRecord { ExternalId = "c" + i }).ToList();

        var result = MasivoModelFactory.MigrationResult(records, batchSize: 10, failedBatches: [1]);

        Assert.Equal((25, 15, 10, 10), (result.TotalRecords, result.SucceededRecords, result.FailedRecords, result.NextRecordIndex));
        Assert.False(result.IsSuccess);
        Assert.Equal([0, 10, 20], result.Batches.Select(b => b.FirstRecordIndex));
        var failed = Assert.Single(result.FailedBatches);
        Assert.Equal(records.Skip(10).Take(10), failed.Records!);
        Assert.NotNull(failed.Error);
    }

    [Fact]
    public async Task Code_that_calls_a_migration_can_be_tested_with_a_double_that_stops_it()
    {
        var records = Enumerable.Range(0, 5).Select(i => new CustomerMigrationRecord { Id = "c" + i }).ToList();
        var stopped = MasivoModelFactory.MigrationException(MasivoModelFactory.MigrationResult(records, batchSize: 2, failedBatches: [1]));
        var customers = new StoppingCustomers(stopped);

        var error = await Assert.ThrowsAsync<MasivoMigrationException>(() => customers.MigrateAsync(records));

        var result = Assert.IsType<MigrationResult<CustomerMigrationRecord>>(error.Result);
        Assert.Equal(2, result.NextRecordIndex);
        Assert.Contains("Skip(2)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_migration_result_with_a_gap_between_batches_is_refused()
    {
        var batches = new[]
        {
            new MigrationBatchResult<string>(0, 0, 10, "ok"),
            new MigrationBatchResult<string>(1, 12, 5, "ok"),
        };

        Assert.Throws<ArgumentException>(() => new MigrationResult<string>(batches, TimeSpan.Zero));
    }

    [Fact]
    public void A_migration_result_refuses_null_batches_overflowing_counts_and_negative_time_and_copies_its_batches()
    {
        Assert.Throws<ArgumentException>(() => new MigrationResult<string>([null!], TimeSpan.Zero));
        Assert.Throws<ArgumentException>(() => new MigrationResult<string>(
            [new MigrationBatchResult<string>(0, 0, int.MaxValue, "ok"), new MigrationBatchResult<string>(1, int.MaxValue, ["x"], new MasivoException("failed"))],
            TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MigrationResult<string>([], TimeSpan.FromSeconds(-1)));

        var batches = new List<MigrationBatchResult<string>> { new(0, 0, 5, "ok") };
        var result = new MigrationResult<string>(batches, TimeSpan.Zero);
        batches.Add(new MigrationBatchResult<string>(1, 5, 5, "ok"));

        Assert.Equal((1, 5), (result.Batches.Count, result.TotalRecords));
    }

    private sealed class StoppingCustomers(MasivoMigrationException stopped) : CustomersClient
    {
        public override Task<MigrationResult<CustomerMigrationRecord>> MigrateAsync(IEnumerable<CustomerMigrationRecord> customers, MigrationOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromException<MigrationResult<CustomerMigrationRecord>>(stopped);
    }
}
