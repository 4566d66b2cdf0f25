using Masivo.Sdk.Tests.Support;

namespace Masivo.Sdk.Tests.Migrations;

/// <summary>
/// Customers' events and transactions migrations are not upserts (events add up pass after pass; transactions must
/// add up to the migrated balance, once): a batch is sent again only when Masivo certainly did not process it (a 429,
/// waited out by the migration engine), never after a failure that may hide a success, and the caller is told to
/// check before resending it. The contacts and customers migrations, upserts, are still retried.
/// </summary>
public sealed class HistoryMigrationResendTests
{
    public static TheoryData<string> Kinds => new() { "events", "transactions" };

    private static Task<MigrationResult> MigrateAsync(MasivoClient client, string kind, int customers, MigrationOptions? options = null) => kind == "events"
        ? Result(client.Customers.MigrateEventsAsync(Enumerable.Range(0, customers).Select(i => CustomerEvents.Customer(i, 1)).ToList(), options))
        : Result(client.Customers.MigrateTransactionsAsync(
            Enumerable.Range(0, customers).Select(i => new CustomerTransactionsMigrationRecord
            {
                Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Transactions = [new MigratedTransaction { Type = TransactionType.Migration, Amount = 100m, RewardId = "points", IssuedAt = CustomerEvents.Event().IssuedAt, ResolvedAt = CustomerEvents.Event().ResolvedAt }],
            }).ToList(),
            options));

    private static async Task<MigrationResult> Result<T>(Task<MigrationResult<T>> migration) => await migration;

    /// <summary>Each batch's <c>MayHaveBeenProcessed</c>, in order, whichever history the result is of.</summary>
    private static bool[] MayHaveBeenProcessed(MigrationResult result) => result switch
    {
        MigrationResult<CustomerEventsMigrationRecord> events => events.Batches.Select(b => b.MayHaveBeenProcessed).ToArray(),
        MigrationResult<CustomerTransactionsMigrationRecord> transactions => transactions.Batches.Select(b => b.MayHaveBeenProcessed).ToArray(),
        _ => throw new ArgumentException($"Not a history migration's result: {result.GetType()}.", nameof(result)),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_server_error_is_not_retried_and_the_caller_is_told_to_check_before_resending(string kind)
    {
        await using var sink = await MigrationSink.StartAsync(r => r.Number == 1 ? SinkAnswer.Error(503) : SinkAnswer.Ok, o => o.MaxRetries = 2);

        var stopped = await Assert.ThrowsAsync<MasivoMigrationException>(() => sink.RunAsync(MigrateAsync(sink.Client, kind, 3)));

        Assert.Single(sink.Requests);
        var error = Assert.IsType<MasivoApiException>(stopped.InnerException);
        Assert.Equal(503, error.StatusCode);
        Assert.Contains("may or may not have been processed, so check before repeating it", error.Message, StringComparison.Ordinal);
        Assert.Contains("Masivo may have processed batch 0, and this migration is not an upsert", stopped.Message, StringComparison.Ordinal);
        Assert.Contains("check its customers in Masivo", stopped.Message, StringComparison.Ordinal);
        Assert.Contains("If Masivo processed it, resume with Skip(3); if not, with Skip(0).", stopped.Message, StringComparison.Ordinal);
        Assert.Equal(0, stopped.Result.NextRecordIndex);
        Assert.Equal([true], MayHaveBeenProcessed(stopped.Result));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task With_continue_on_failure_the_failed_batch_is_not_resent_and_the_next_one_is_sent(string kind)
    {
        await using var sink = await MigrationSink.StartAsync(r => r.Number == 1 ? SinkAnswer.Error(500) : SinkAnswer.Ok, o => o.MaxRetries = 2);

        var result = await sink.RunAsync(MigrateAsync(sink.Client, kind, 4, new MigrationOptions { BatchSize = 2, ContinueOnBatchFailure = true }));

        Assert.Equal([["0", "1"], ["2", "3"]], sink.Requests.Select(r => r.Ids));
        Assert.Equal(2, result.FailedRecords);
        Assert.Equal(2, result.SucceededRecords);
        Assert.Equal([true, true], MayHaveBeenProcessed(result));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_429_is_waited_out_and_the_same_batch_sent_again(string kind)
    {
        await using var sink = await MigrationSink.StartAsync(r => r.Number == 1
            ? new SinkAnswer(429, """{"error":"Too Many Requests","details":"slow down"}""", new Dictionary<string, string> { ["Retry-After"] = "5" })
            : SinkAnswer.Ok);

        var result = await sink.RunAsync(MigrateAsync(sink.Client, kind, 3));

        Assert.True(result.IsSuccess);
        Assert.Equal(2, sink.Requests.Count);
        Assert.Equal(sink.Requests[0].Ids, sink.Requests[1].Ids);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_refused_batch_was_not_processed_so_the_advice_is_to_resume_from_it(string kind)
    {
        await using var sink = await MigrationSink.StartAsync(_ => SinkAnswer.Error(422));

        var stopped = await Assert.ThrowsAsync<MasivoMigrationException>(() => sink.RunAsync(MigrateAsync(sink.Client, kind, 3)));

        Assert.Single(sink.Requests);
        Assert.DoesNotContain("may have processed", stopped.Message, StringComparison.Ordinal);
        Assert.Contains("resume with Skip(0)", stopped.Message, StringComparison.Ordinal);
        Assert.Equal([false], MayHaveBeenProcessed(stopped.Result));
    }

    [Fact]
    public async Task The_customers_migration_an_upsert_is_still_retried_after_a_server_error()
    {
        await using var sink = await MigrationSink.StartAsync(r => r.Number == 1 ? SinkAnswer.Error(503) : SinkAnswer.Ok, o => o.MaxRetries = 2);

        var result = await sink.RunAsync(sink.Client.Customers.MigrateAsync([new CustomerMigrationRecord { Id = "c1" }]));

        Assert.True(result.IsSuccess);
        Assert.Equal(2, sink.Requests.Count);
    }

    [Theory]
    [InlineData("events", "The customers' events migration stopped at batch 0")]
    [InlineData("transactions", "The customers' transactions migration stopped at batch 0")]
    public async Task A_stopped_history_migration_is_named_for_what_it_migrates(string kind, string begins)
    {
        await using var sink = await MigrationSink.StartAsync(_ => SinkAnswer.Error(503));

        var stopped = await Assert.ThrowsAsync<MasivoMigrationException>(() => sink.RunAsync(MigrateAsync(sink.Client, kind, 1)));

        Assert.StartsWith(begins, stopped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_history_migration_that_carries_on_past_a_failed_batch_and_then_stops_does_not_advise_skip()
    {
        await using var sink = await MigrationSink.StartAsync(r => r.Number == 1 ? SinkAnswer.Error(503) : SinkAnswer.Ok);

        var stopped = await Assert.ThrowsAsync<MasivoMigrationException>(() => sink.RunAsync(
            sink.Client.Customers.MigrateEventsAsync(ThrowingAfter(4), new MigrationOptions { BatchSize = 2, ContinueOnBatchFailure = true })));

        Assert.StartsWith("The customers' events migration stopped: the customers source failed after 4 records were read", stopped.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Skip(", stopped.Message, StringComparison.Ordinal);
        Assert.Contains("do not resume from NextRecordIndex: resend each failed batch's Records instead, those whose MayHaveBeenProcessed is false as they are, the others only after checking", stopped.Message, StringComparison.Ordinal);
        Assert.Equal(0, stopped.Result.NextRecordIndex);
        Assert.Equal(2, stopped.Result.SucceededRecords);
    }

    [Fact]
    public async Task A_history_migration_that_carries_on_past_a_failed_batch_and_is_cancelled_does_not_advise_skip()
    {
        using var cancel = new CancellationTokenSource();
        await using var sink = await MigrationSink.StartAsync(r =>
        {
            if (r.Number == 2)
            {
                cancel.Cancel();
            }

            return r.Number == 1 ? SinkAnswer.Error(503) : SinkAnswer.Ok;
        });

        var cancelled = await Assert.ThrowsAsync<MasivoMigrationCanceledException>(() => sink.RunAsync(
            sink.Client.Customers.MigrateTransactionsAsync(
                Enumerable.Range(0, 6).Select(i => new CustomerTransactionsMigrationRecord
                {
                    Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Transactions = [new MigratedTransaction { Type = TransactionType.Migration, Amount = 100m, RewardId = "points", IssuedAt = CustomerEvents.Event().IssuedAt, ResolvedAt = CustomerEvents.Event().ResolvedAt }],
                }).ToList(),
                new MigrationOptions { BatchSize = 2, ContinueOnBatchFailure = true },
                cancel.Token)));

        Assert.StartsWith("The customers' transactions migration was cancelled", cancelled.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Skip(", cancelled.Message, StringComparison.Ordinal);
        Assert.Contains("resend each failed batch's Records instead", cancelled.Message, StringComparison.Ordinal);
    }

    private static async IAsyncEnumerable<CustomerEventsMigrationRecord> ThrowingAfter(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return CustomerEvents.Customer(i, 1);
        }

        throw new InvalidOperationException("the source broke");
    }
}
