using System.Collections.Concurrent;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using Masivo.Sdk.Internal;
using Masivo.Sdk.Tests.Support;

namespace Masivo.Sdk.Tests.Migrations;

/// <summary>
/// Batches limited by a nested count (at most 1,000 events per request, each customer holding some):
/// a batch is closed before the record that would take it past the limit, that record starts the next
/// batch, and every record read stays in exactly one batch however the migration ends. Run through the
/// real plan of <c>customers/migrate/events</c> (<see cref="CustomersClient.MigrateEventsAsync(IEnumerable{CustomerEventsMigrationRecord}, MigrationOptions?, CancellationToken)"/>:
/// serialization, answer reading, error mapping) with the HTTP call answered in memory.
/// </summary>
public sealed class WeightedBatchTests
{
    [Theory]
    [InlineData(new[] { 1 }, new[] { 1 })]
    [InlineData(new[] { 999 }, new[] { 1 })]
    [InlineData(new[] { 1, 999 }, new[] { 2 })]
    [InlineData(new[] { 999, 1, 1 }, new[] { 2, 1 })]
    [InlineData(new[] { 999, 1 }, new[] { 2 })]
    [InlineData(new[] { 999, 2 }, new[] { 1, 1 })]
    [InlineData(new[] { 1000 }, new[] { 1 })]
    [InlineData(new[] { 1, 1000 }, new[] { 1, 1 })]
    [InlineData(new[] { 1000, 1 }, new[] { 1, 1 })]
    [InlineData(new[] { 1000, 1000, 1000 }, new[] { 1, 1, 1 })]
    [InlineData(new[] { 500, 500, 1 }, new[] { 2, 1 })]
    [InlineData(new[] { 1, 999, 999, 1 }, new[] { 2, 2 })]
    [InlineData(new[] { 999, 1, 1, 999 }, new[] { 2, 2 })]
    public async Task A_batch_is_closed_before_the_record_that_would_take_it_past_the_limit(int[] events, int[] batchSizes)
    {
        var server = new Server();
        var source = CustomerEvents.Customers(events);

        var result = await RunAsync(server, source);

        Assert.True(result.IsSuccess);
        Assert.Equal(batchSizes, server.Requests.Select(r => r.Count));
        Assert.Equal(batchSizes, result.Batches.Select(b => b.Count));
        Assert.Equal(Enumerable.Range(0, events.Length), server.Requests.SelectMany(r => r.Select(c => c.Id)));
        Assert.Equal(events, server.Requests.SelectMany(r => r.Select(c => c.Events)));
        Assert.All(server.Requests, r => Assert.InRange(r.Sum(c => c.Events), 1, CustomerEvents.Limit));
    }

    [Fact]
    public async Task Many_light_records_make_batches_of_exactly_the_limit_whatever_the_batch_size()
    {
        var server = new Server();
        var source = CustomerEvents.Customers(Enumerable.Repeat(1, 3_500).ToArray());

        var result = await RunAsync(server, source, new MigrationOptions { BatchSize = MigrationOptions.MaxBatchSize });

        Assert.Equal([1_000, 1_000, 1_000, 500], server.Requests.Select(r => r.Count));
        Assert.Equal(3_500, result.SucceededRecords);
        Assert.Equal([0, 1_000, 2_000, 3_000], result.Batches.Select(b => b.FirstRecordIndex));
    }

    [Fact]
    public async Task The_batch_size_still_closes_a_batch_below_the_weight_limit()
    {
        var server = new Server();

        await RunAsync(server, CustomerEvents.Customers(1, 1, 1, 1, 1, 1, 1), new MigrationOptions { BatchSize = 3 });

        Assert.Equal([3, 3, 1], server.Requests.Select(r => r.Count));
    }

    [Fact]
    public async Task A_collection_holding_a_record_over_the_limit_is_refused_before_anything_is_sent()
    {
        var server = new Server();
        var source = CustomerEvents.Customers(Enumerable.Repeat(1, 1_300).ToArray());
        source[1234] = CustomerEvents.Customer(1234, 1_001);

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => RunAsync(server, source));

        Assert.StartsWith("customers[1234] (id '1234') cannot be migrated: it holds 1,001 events; a request may hold at most 1,000.", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing was sent.", refused.Message, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(refused.Message, "Parameter 'customers'"));
        Assert.Equal("customers", refused.ParamName);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_stream_stops_at_a_record_over_the_limit_with_every_record_read_in_its_result()
    {
        var server = new Server();
        var source = CustomerEvents.Customers(600, 300, 600, 1_001, 5);

        var stopped = await Assert.ThrowsAsync<MasivoMigrationException>(() => RunAsync(server, Stream(source)));

        Assert.Contains("customers[3] (id '3') cannot be migrated: it holds 1,001 events; a request may hold at most 1,000.", stopped.Message, StringComparison.Ordinal);
        Assert.IsType<ArgumentException>(stopped.InnerException);
        var result = Assert.IsType<MigrationResult<CustomerEventsMigrationRecord>>(stopped.Result);
        MigrationAssert.AccountsForEveryRecord(result, source);

        // [600, 300] was sent; 600 was carried over and read into the batch the invalid record stopped.
        Assert.Equal(["0,1"], Ids(server.Requests));
        Assert.Equal(4, result.TotalRecords);
        Assert.Equal(2, result.NextRecordIndex);
        Assert.Equal(source.Skip(2).Take(2), result.FailedBatches.Single().Records!);
        Assert.Contains($"Skip({result.NextRecordIndex})", stopped.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(0, false)]
    public async Task A_record_of_no_events_is_refused_when_every_record_needs_one(int minimumPerRecord, bool refused)
    {
        var server = new Server();
        var source = CustomerEvents.Customers(1_000, 0, 3);
        var endpoint = CustomerEvents.Endpoint(minimumPerRecord: minimumPerRecord);

        if (refused)
        {
            var error = await Assert.ThrowsAsync<ArgumentException>(() => RunAsync(server, source, endpoint: endpoint));
            Assert.StartsWith("customers[1] (id '1') cannot be migrated: it holds 0 events; every record must hold at least 1.", error.Message, StringComparison.Ordinal);
            Assert.Empty(server.Requests);
        }
        else
        {
            // Weighing nothing, it joins the full batch before it.
            await RunAsync(server, source, endpoint: endpoint);
            Assert.Equal([2, 1], server.Requests.Select(r => r.Count));
        }
    }

    [Fact]
    public async Task A_429_resend_sends_the_same_bytes_of_the_weighted_batch()
    {
        var server = new Server(answer: number => number <= 2 ? HttpStatusCode.TooManyRequests : HttpStatusCode.OK);

        var result = await RunAsync(server, CustomerEvents.Customers(999, 2, 998));

        Assert.True(result.IsSuccess);
        var bodies = server.Bodies;
        Assert.Equal(4, bodies.Count);
        Assert.Equal(bodies[0], bodies[1]);
        Assert.Equal(bodies[0], bodies[2]);
        Assert.Equal(["0", "0", "0", "1,2"], Ids(server.Requests));
    }

    [Fact]
    public async Task A_source_that_throws_right_after_a_carried_over_record_keeps_that_record_and_resumes_without_loss_or_repeat()
    {
        var server = new Server();
        var source = CustomerEvents.Customers(600, 600, 600, 1);

        // Record 1 closed batch 0 and was carried over; the source breaks as the batch after it is read.
        var stopped = await Assert.ThrowsAsync<MasivoMigrationException>(() => RunAsync(server, Stream(source, throwAt: 2)));

        var result = Assert.IsType<MigrationResult<CustomerEventsMigrationRecord>>(stopped.Result);
        MigrationAssert.AccountsForEveryRecord(result, source);
        Assert.IsType<IOException>(stopped.InnerException);
        Assert.Equal(2, result.TotalRecords);
        Assert.Equal(1, result.NextRecordIndex);
        var unsent = result.FailedBatches.Single();
        Assert.Equal([source[1]], unsent.Records!);
        Assert.Contains("was not sent", unsent.Error!.Message, StringComparison.Ordinal);

        // Resuming from NextRecordIndex sends every other record once, and nothing acknowledged again.
        var resumed = await RunAsync(server, Stream(source.Skip(result.NextRecordIndex).ToList()));
        Assert.True(resumed.IsSuccess);
        Assert.Equal([0, 1, 2, 3], server.Requests.SelectMany(r => r.Select(c => c.Id)));
    }

    [Fact]
    public async Task A_failed_batch_stops_the_migration_with_the_batch_read_behind_it_and_its_carried_over_record()
    {
        var server = new Server(answer: number => number == 1 ? HttpStatusCode.BadRequest : HttpStatusCode.OK);
        var source = CustomerEvents.Customers(600, 600, 600, 600);

        var stopped = await Assert.ThrowsAsync<MasivoMigrationException>(() => RunAsync(server, Stream(source)));

        // Batch 0 failed while batch 1 ([1]) was read, and reading it read record 2, carried over: all three are in the result.
        Assert.Equal(400, Assert.IsType<MasivoApiException>(stopped.InnerException).StatusCode);
        Assert.Contains("stopped at batch 0", stopped.Message, StringComparison.Ordinal);
        var result = Assert.IsType<MigrationResult<CustomerEventsMigrationRecord>>(stopped.Result);
        MigrationAssert.AccountsForEveryRecord(result, source);
        Assert.Equal(3, result.TotalRecords);
        Assert.Equal(0, result.NextRecordIndex);
        Assert.Equal(["0", "1", "2"], result.Batches.Select(b => string.Join(",", b.Records!.Select(c => c.Id))));
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Cancelling_while_a_record_is_carried_over_keeps_it_in_the_result()
    {
        using var cancellation = new CancellationTokenSource();
        var server = new Server(onRequest: number =>
        {
            if (number == 1)
            {
                cancellation.Cancel();
            }
        });
        var source = CustomerEvents.Customers(600, 600, 600, 600);

        var cancelled = await Assert.ThrowsAsync<MasivoMigrationCanceledException>(() => RunAsync(server, Stream(source), cancellationToken: cancellation.Token));

        var result = Assert.IsType<MigrationResult<CustomerEventsMigrationRecord>>(cancelled.Result);
        MigrationAssert.AccountsForEveryRecord(result, source);

        // Record 1 was carried over before batch 0 was sent; whether record 2 was read depends on when the cancellation was seen.
        Assert.InRange(result.TotalRecords, 2, 3);
        Assert.InRange(result.NextRecordIndex, 0, 1);
        Assert.All(result.Batches.Skip(1), b => Assert.False(b.Succeeded));
    }

    [Fact]
    public async Task Progress_counts_records_not_events()
    {
        var server = new Server();
        var reports = new ConcurrentQueue<MigrationProgress>();

        await RunAsync(server, CustomerEvents.Customers(999, 2, 998, 500), new MigrationOptions { Progress = new SyncProgress(reports.Enqueue) });

        var last = reports.Last();
        Assert.Equal((4, 4, 4, 0, 3, 4), (last.RecordsRead, last.RecordsSent, last.RecordsSucceeded, last.RecordsFailed, last.BatchesCompleted, last.TotalRecords!.Value));
        Assert.All(reports, r => Assert.InRange(r.RecordsRead, 0, 4));
    }

    private static IEnumerable<string> Ids(IEnumerable<IEnumerable<(int Id, int Events)>> requests) =>
        requests.Select(r => string.Join(",", r.Select(c => c.Id)));

    private static Task<MigrationResult<CustomerEventsMigrationRecord>> RunAsync(
        Server server,
        IEnumerable<CustomerEventsMigrationRecord> source,
        MigrationOptions? options = null,
        MigrationEndpoint<ICustomersApi, CustomerEventsMigrationRecord, CustomerEventsMigrationBatch>? endpoint = null,
        CancellationToken cancellationToken = default) =>
        MigrationEngine.RunAsync(source, Plan(server, options, endpoint), cancellationToken);

    private static Task<MigrationResult<CustomerEventsMigrationRecord>> RunAsync(
        Server server,
        IAsyncEnumerable<CustomerEventsMigrationRecord> source,
        MigrationOptions? options = null,
        CancellationToken cancellationToken = default) =>
        MigrationEngine.RunAsync(source, knownCount: null, Plan(server, options, endpoint: null), cancellationToken);

    private static MigrationPlan<CustomerEventsMigrationRecord> Plan(
        Server server, MigrationOptions? options, MigrationEndpoint<ICustomersApi, CustomerEventsMigrationRecord, CustomerEventsMigrationBatch>? endpoint) =>
        MigrationPlanFactory.Create(endpoint ?? CustomerEvents.Endpoint(), options, InMemoryContext.ForMigrations(server.SendAsync));

    private static async IAsyncEnumerable<CustomerEventsMigrationRecord> Stream(
        List<CustomerEventsMigrationRecord> records, int? throwAt = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < records.Count; i++)
        {
            await Task.Yield();
            if (i == throwAt)
            {
                throw new IOException($"the export broke at record {i}");
            }

            cancellationToken.ThrowIfCancellationRequested();
            yield return records[i];
        }
    }

    /// <summary>Answers migration requests in memory, keeping each body and the customers it carried.</summary>
    private sealed class Server(Func<int, HttpStatusCode>? answer = null, Action<int>? onRequest = null)
    {
        private readonly ConcurrentQueue<string> _bodies = new();
        private int _count;

        public IReadOnlyList<string> Bodies => [.. _bodies];

        public IReadOnlyList<IReadOnlyList<(int Id, int Events)>> Requests => _bodies.Select(CustomerEvents.Read).ToList();

        public async Task<HttpResponseMessage> SendAsync(HttpContent content, string? timeZone, CancellationToken cancellationToken)
        {
            var number = Interlocked.Increment(ref _count);
            _bodies.Enqueue(await content.ReadAsStringAsync(cancellationToken));
            onRequest?.Invoke(number);
            var status = answer?.Invoke(number) ?? HttpStatusCode.OK;
            var json = status switch
            {
                HttpStatusCode.OK => """{"data":{"message":"batch enqueued successfully"}}""",
                HttpStatusCode.TooManyRequests => """{"error":"Too many requests"}""",
                _ => """{"error":"Bad request","details":"refused"}""",
            };
            return new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        }
    }

    private sealed class SyncProgress(Action<MigrationProgress> report) : IProgress<MigrationProgress>
    {
        public void Report(MigrationProgress value) => report(value);
    }
}
