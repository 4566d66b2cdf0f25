using System.Globalization;
using System.Runtime.CompilerServices;
using Masivo.Sdk.Tests.Support;

namespace Masivo.Sdk.Tests.Migrations;

public sealed class MigrationEngineTests
{
    // The fake clock moves in steps while the client works; send times are accurate to one step.
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);

    private static List<ContactMigrationRecord> Contacts(int count) =>
        Enumerable.Range(0, count).Select(i => new ContactMigrationRecord { ExternalId = i.ToString(CultureInfo.InvariantCulture) }).ToList();

    private static IEnumerable<string> Ids(IEnumerable<SinkRequest> requests) => requests.SelectMany(r => r.Ids);

    private static IEnumerable<string> Range(int start, int count) => Enumerable.Range(start, count).Select(i => i.ToString(CultureInfo.InvariantCulture));

    [Fact]
    public async Task A_failed_batch_stops_the_migration_with_the_partial_account()
    {
        await using var sink = await MigrationSink.StartAsync(r => r.Number == 2 ? SinkAnswer.Error(422) : SinkAnswer.Ok);
        var source = Contacts(25);

        var error = await Assert.ThrowsAsync<MasivoMigrationException>(
            () => sink.Client.Contacts.MigrateAsync(source, new MigrationOptions { BatchSize = 10 }));

        var result = Assert.IsType<MigrationResult<ContactMigrationRecord>>(error.Result);
        MigrationAssert.AccountsForEveryRecord(result, source);
        Assert.Equal(2, sink.Requests.Count);
        Assert.Equal(10, result.SucceededRecords);
        Assert.Equal(10, result.NextRecordIndex);
        Assert.Equal(422, Assert.IsType<MasivoApiException>(result.FailedBatches[0].Error).StatusCode);
        Assert.Contains("Skip(10)", error.Message, StringComparison.Ordinal);
        Assert.Same(result.FailedBatches[0].Error, error.InnerException);
    }

    [Fact]
    public async Task With_continue_on_failure_every_batch_is_tried_and_failures_reported()
    {
        await using var sink = await MigrationSink.StartAsync(r => r.Number == 2 ? SinkAnswer.Error(422) : SinkAnswer.Ok);
        var source = Contacts(25);

        var result = await sink.Client.Contacts.MigrateAsync(source, new MigrationOptions { BatchSize = 10, ContinueOnBatchFailure = true });

        MigrationAssert.AccountsForEveryRecord(result, source);
        Assert.False(result.IsSuccess);
        Assert.Equal(Range(0, 25), Ids(sink.Requests));
        Assert.Equal(15, result.SucceededRecords);
        Assert.Equal(10, result.FailedRecords);
        Assert.Equal(Range(10, 10), Assert.Single(result.FailedBatches).Records!.Select(r => r.ExternalId));
        Assert.Equal(10, result.NextRecordIndex);
    }

    [Fact]
    public async Task A_server_error_is_retried_before_the_batch_counts_as_failed()
    {
        await using var sink = await MigrationSink.StartAsync(_ => SinkAnswer.Error(503), o => o.MaxRetries = 2);
        var source = Contacts(5);

        var result = await sink.RunAsync(sink.Client.Contacts.MigrateAsync(source, new MigrationOptions { ContinueOnBatchFailure = true }));

        MigrationAssert.AccountsForEveryRecord(result, source);
        Assert.Equal(3, sink.Requests.Count);
        Assert.Equal(503, Assert.IsType<MasivoApiException>(result.FailedBatches[0].Error).StatusCode);
    }

    [Fact]
    public async Task A_429_waits_for_retry_after_and_resends_the_same_batch()
    {
        await using var sink = await MigrationSink.StartAsync(r => r.Number == 1
            ? new SinkAnswer(429, """{"error":"Too Many Requests","details":"slow down"}""", new Dictionary<string, string> { ["Retry-After"] = "30" })
            : SinkAnswer.Ok);
        var source = Contacts(3);

        var result = await sink.RunAsync(sink.Client.Contacts.MigrateAsync(source), Step);

        Assert.True(result.IsSuccess);
        var requests = sink.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal(requests[0].Ids, requests[1].Ids);
        var sent = sink.SendTimes;
        Assert.True(sent[1] - sent[0] >= TimeSpan.FromSeconds(30) - Step, $"resent after {sent[1] - sent[0]}");
    }

    [Fact]
    public async Task Requests_are_spaced_by_the_migration_interval()
    {
        await using var sink = await MigrationSink.StartAsync(_ => SinkAnswer.Ok, o => o.MigrationRequestInterval = TimeSpan.FromSeconds(5));

        await sink.RunAsync(sink.Client.Contacts.MigrateAsync(Contacts(30), new MigrationOptions { BatchSize = 10 }), Step);

        var times = sink.SendTimes;
        Assert.Equal(3, times.Count);
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromSeconds(5) - Step, $"{pair.Second - pair.First}"));
    }

    [Fact]
    public async Task Rate_limit_headers_slow_the_migration_before_the_limit_is_hit()
    {
        await using var sink = await MigrationSink.StartAsync(
            r => SinkAnswer.Ok with { Headers = new Dictionary<string, string> { ["X-RateLimit-Remaining"] = "2", ["X-RateLimit-Reset"] = "120" } },
            o => o.MigrationRequestInterval = TimeSpan.FromSeconds(5));

        await sink.RunAsync(sink.Client.Contacts.MigrateAsync(Contacts(20), new MigrationOptions { BatchSize = 10 }), Step);

        var sent = sink.SendTimes;
        Assert.True(sent[1] - sent[0] >= TimeSpan.FromSeconds(60) - Step, $"spaced {sent[1] - sent[0]}");
    }

    [Fact]
    public async Task Concurrent_migrations_of_one_client_share_the_pacing()
    {
        await using var sink = await MigrationSink.StartAsync(_ => SinkAnswer.Ok, o => o.MigrationRequestInterval = TimeSpan.FromSeconds(5));
        var customers = Enumerable.Range(0, 20).Select(i => new CustomerMigrationRecord { Id = "c" + i });

        var contacts = sink.Client.Contacts.MigrateAsync(Contacts(20), new MigrationOptions { BatchSize = 10 });
        var migrated = sink.Client.Customers.MigrateAsync(customers, new MigrationOptions { BatchSize = 10 });
        await sink.RunAsync(Task.WhenAll(contacts, migrated).ContinueWith(_ => 0, TaskScheduler.Default), Step);

        var times = sink.SendTimes.Order().ToList();
        Assert.Equal(4, times.Count);
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromSeconds(5) - Step, $"{pair.Second - pair.First}"));
    }

    [Fact]
    public async Task Cancelling_mid_migration_is_an_operation_canceled_exception_with_an_accurate_account()
    {
        using var cancellation = new CancellationTokenSource();
        await using var sink = await MigrationSink.StartAsync(async r =>
        {
            if (r.Number == 2)
            {
                await cancellation.CancelAsync();
                await Task.Delay(TimeSpan.FromSeconds(5));
            }

            return SinkAnswer.Ok;
        });
        var source = Contacts(35);

        var cancelled = await Assert.ThrowsAsync<MasivoMigrationCanceledException>(
            () => sink.Client.Contacts.MigrateAsync(source, new MigrationOptions { BatchSize = 10 }, cancellation.Token));

        Assert.IsAssignableFrom<OperationCanceledException>(cancelled);
        Assert.Equal(cancellation.Token, cancelled.CancellationToken);
        var result = Assert.IsType<MigrationResult<ContactMigrationRecord>>(cancelled.Result);
        MigrationAssert.AccountsForEveryRecord(result, source);
        Assert.Equal(10, result.SucceededRecords);
        Assert.Equal(10, result.NextRecordIndex);
        Assert.Contains("in flight", result.FailedBatches[0].Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_async_source_is_split_in_order()
    {
        await using var sink = await MigrationSink.StartAsync(_ => SinkAnswer.Ok);

        var result = await sink.Client.Contacts.MigrateAsync(AsyncContacts(25), new MigrationOptions { BatchSize = 10 });

        Assert.Equal([10, 10, 5], sink.Requests.Select(r => r.Ids.Count));
        Assert.Equal(Range(0, 25), Ids(sink.Requests));
        Assert.Equal(25, result.SucceededRecords);
        Assert.Null(result.Batches[0].Records);
    }

    [Fact]
    public async Task The_source_is_read_at_most_one_batch_ahead_of_the_batch_in_flight()
    {
        var yielded = 0;
        var maxAhead = 0;
        await using var sink = await MigrationSink.StartAsync(r =>
        {
            var endOfBatch = int.Parse(r.Ids[^1], CultureInfo.InvariantCulture) + 1;
            maxAhead = Math.Max(maxAhead, Volatile.Read(ref yielded) - endOfBatch);
            return SinkAnswer.Ok;
        });

        async IAsyncEnumerable<ContactMigrationRecord> Source()
        {
            for (var i = 0; i < 100; i++)
            {
                await Task.Yield();
                Interlocked.Increment(ref yielded);
                yield return new ContactMigrationRecord { ExternalId = i.ToString(CultureInfo.InvariantCulture) };
            }
        }

        await sink.Client.Contacts.MigrateAsync(Source(), new MigrationOptions { BatchSize = 10 });

        Assert.Equal(10, sink.Requests.Count);
        Assert.InRange(maxAhead, 0, 10);
    }

    [Fact]
    public async Task Progress_is_reported_for_every_batch()
    {
        await using var sink = await MigrationSink.StartAsync(r => r.Number == 2 ? SinkAnswer.Error(422) : SinkAnswer.Ok);
        var reports = new List<MigrationProgress>();

        await sink.Client.Contacts.MigrateAsync(
            Contacts(25),
            new MigrationOptions { BatchSize = 10, ContinueOnBatchFailure = true, Progress = new SyncProgress(reports.Add) });

        var completed = reports.Where(r => r.RecordsSucceeded + r.RecordsFailed == r.RecordsSent).Select(r => r.BatchesCompleted).Distinct();
        Assert.Equal([1, 2, 3], completed.Order());
        var last = reports[^1];
        Assert.Equal((25, 25, 15, 10, 3, 1, 25), (last.RecordsRead, last.RecordsSent, last.RecordsSucceeded, last.RecordsFailed, last.BatchesCompleted, last.BatchesFailed, last.TotalRecords!.Value));
        Assert.Equal(TimeSpan.Zero, last.EstimatedTimeRemaining);
    }

    [Fact]
    public async Task The_estimate_accounts_for_the_pacing()
    {
        await using var sink = await MigrationSink.StartAsync(_ => SinkAnswer.Ok, o => o.MigrationRequestInterval = TimeSpan.FromSeconds(5));
        var reports = new List<MigrationProgress>();

        await sink.RunAsync(sink.Client.Contacts.MigrateAsync(Contacts(40), new MigrationOptions { BatchSize = 10, Progress = new SyncProgress(reports.Add) }), Step);

        var afterFirst = reports.First(r => r.BatchesCompleted == 1);
        Assert.True(afterFirst.EstimatedTimeRemaining >= TimeSpan.FromSeconds(15), $"{afterFirst.EstimatedTimeRemaining}");
    }

    [Fact]
    public async Task Batches_are_sent_with_a_content_length()
    {
        await using var sink = await MigrationSink.StartAsync(_ => SinkAnswer.Ok);

        await sink.Client.Customers.MigrateAsync([new CustomerMigrationRecord { Id = "1" }]);

        var headers = Assert.Single(sink.Requests).Headers;
        Assert.True(long.Parse(headers["Content-Length"], CultureInfo.InvariantCulture) > 0);
        Assert.False(headers.ContainsKey("Transfer-Encoding"));
        Assert.StartsWith("application/json", headers["Content-Type"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_record_in_a_stream_stops_before_its_batch_with_the_account_and_where_to_resume()
    {
        await using var sink = await MigrationSink.StartAsync(_ => SinkAnswer.Ok);
        var records = Enumerable.Range(0, 30).Select(i => new CustomerMigrationRecord { Id = "c" + i, DocumentType = i == 25 ? "DNI" : null }).ToList();

        async IAsyncEnumerable<CustomerMigrationRecord> Source()
        {
            foreach (var record in records)
            {
                await Task.Yield();
                yield return record;
            }
        }

        var error = await Assert.ThrowsAsync<MasivoMigrationException>(
            () => sink.Client.Customers.MigrateAsync(Source(), new MigrationOptions { BatchSize = 10 }));

        Assert.Contains("customers[25]", error.Message, StringComparison.Ordinal);
        Assert.Contains("document_number", error.Message, StringComparison.Ordinal);
        Assert.Contains("Skip(20)", error.Message, StringComparison.Ordinal);
        Assert.IsType<ArgumentException>(error.InnerException);
        Assert.Equal(["c0", "c9", "c10", "c19"], sink.Requests.SelectMany(r => new[] { r.Ids[0], r.Ids[^1] }));

        // Records 20-25 were read (25 is the invalid one) and never sent: they are in the result.
        var result = Assert.IsType<MigrationResult<CustomerMigrationRecord>>(error.Result);
        MigrationAssert.AccountsForEveryRecord(result, records);
        Assert.Equal(26, result.TotalRecords);
        Assert.Equal(20, result.NextRecordIndex);
        Assert.Equal(records.Skip(20).Take(6), result.FailedBatches.Single().Records!);
    }

    private static async IAsyncEnumerable<ContactMigrationRecord> AsyncContacts(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Delay(1, cancellationToken);
            yield return new ContactMigrationRecord { ExternalId = i.ToString(CultureInfo.InvariantCulture) };
        }
    }

    private sealed class SyncProgress(Action<MigrationProgress> report) : IProgress<MigrationProgress>
    {
        public void Report(MigrationProgress value) => report(value);
    }
}
