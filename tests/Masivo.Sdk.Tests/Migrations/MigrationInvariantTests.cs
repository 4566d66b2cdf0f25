using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Masivo.Sdk.Internal;
using Masivo.Sdk.Tests.Support;

namespace Masivo.Sdk.Tests.Migrations;

/// <summary>
/// The migration invariant as a property: whatever ends a migration (success, failed batches, 429s,
/// broken connections, the caller's cancellation at any point, a source that throws, an invalid or
/// unserializable record, a progress handler that throws), it ends in a result or in a
/// <see cref="MasivoMigrationException"/>/<see cref="MasivoMigrationCanceledException"/> whose result
/// holds every record read in exactly one batch, in order, failed batches with their records, and a
/// <c>NextRecordIndex</c> before which every record was acknowledged. Thousands of seeded runs, on
/// contacts, customers and customers' events (whose batches are also limited by the events they hold, at
/// most 1,000 per request) and every kind of source, through the real plans (serialization, answer
/// reading, error mapping) with the HTTP call answered in memory.
/// </summary>
public sealed class MigrationInvariantTests
{
    private const int RunsPerCase = 700;

    public static TheoryData<Resource, SourceKind> Cases()
    {
        var cases = new TheoryData<Resource, SourceKind>();
        foreach (var resource in Enum.GetValues<Resource>())
        {
            foreach (var kind in Enum.GetValues<SourceKind>())
            {
                cases.Add(resource, kind);
            }
        }

        return cases;
    }

    public enum Resource
    {
        Contacts,
        Customers,

        /// <summary>
        /// Customers' events (<see cref="CustomersEndpoints.MigrateEvents"/>, as <see cref="CustomersClient.MigrateEventsAsync(IEnumerable{CustomerEventsMigrationRecord}, MigrationOptions?, CancellationToken)"/>
        /// runs it): at most 1,000 events per request, at least one per customer.
        /// </summary>
        CustomerEvents,
    }

    public enum SourceKind
    {
        List,
        LazyEnumerable,
        AsyncEnumerable,
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_record_read_is_accounted_for_however_the_migration_ends(Resource resource, SourceKind kind)
    {
        for (var seed = 0; seed < RunsPerCase; seed++)
        {
            var scenario = Scenario.Random(new Random(HashCode.Combine(resource, kind, seed)), kind);
            try
            {
                Task run = resource switch
                {
                    Resource.Contacts => RunAsync(scenario, kind, Contacts(scenario), ContactsEndpoints.Migrate),
                    Resource.Customers => RunAsync(scenario, kind, Customers(scenario), CustomersEndpoints.Migrate),
                    _ => RunEventsAsync(scenario, kind),
                };
                await run;
            }
            catch (Exception failure) when (failure is not OutOfMemoryException)
            {
                throw new InvalidOperationException($"{resource}, {kind}, seed {seed}: {scenario}", failure);
            }
        }
    }

    /// <summary>
    /// The events migration, besides the invariant: every request carries each of its customers with all
    /// their events and goes past neither the 1,000 events nor the batch size, and every batch but the last
    /// was closed only because it was full or the next customer's events did not fit.
    /// </summary>
    private static async Task RunEventsAsync(Scenario scenario, SourceKind kind)
    {
        var weighing = Weighing.Random(scenario);
        var records = weighing.Customers(scenario);
        var (server, result) = await RunAsync(scenario, kind, records, CustomersEndpoints.MigrateEvents);
        if (result is null)
        {
            return;
        }

        Assert.All(server.Requests, ids => Assert.InRange(ids.Count, 1, scenario.BatchSize));
        Assert.Equal(server.Requests.Count, server.Bodies.Count);
        Assert.All(server.Bodies, body =>
        {
            Assert.All(body, customer => Assert.Equal(weighing.Weights[customer.Id], customer.Events));
            Assert.InRange(body.Sum(customer => customer.Events), 1, weighing.Limit);
        });
        foreach (var (batch, next) in result.Batches.Zip(result.Batches.Skip(1)))
        {
            var weight = Enumerable.Range(batch.FirstRecordIndex, batch.Count).Sum(i => weighing.Weights[i]);
            Assert.True(
                batch.Count == scenario.BatchSize || weight + weighing.Weights[next.FirstRecordIndex] > weighing.Limit,
                $"batch {batch.BatchIndex} ({batch.Count} records, {weight} events) was closed before record {next.FirstRecordIndex} ({weighing.Weights[next.FirstRecordIndex]} events) that fitted");
        }
    }

    /// <summary>Runs a scenario and checks the invariant; returns what the server received and the result (none when a collection was refused).</summary>
    private static async Task<(InMemoryMigrationServer Server, MigrationResult<T>? Result)> RunAsync<TApi, T, TBody>(
        Scenario scenario,
        SourceKind kind,
        List<T> records,
        MigrationEndpoint<TApi, T, TBody> endpoint)
        where TApi : class
        where T : class
    {
        using var cancellation = new CancellationTokenSource();
        var server = new InMemoryMigrationServer(scenario, cancellation);
        var context = InMemoryContext.ForMigrations(server.SendAsync);
        var reports = 0;
        var options = new MigrationOptions
        {
            BatchSize = scenario.BatchSize,
            ContinueOnBatchFailure = scenario.ContinueOnBatchFailure,
            Progress = new ThrowingProgress(() =>
            {
                if (++reports == scenario.ProgressThrowsAt)
                {
                    throw new InvalidOperationException("progress handler broke");
                }
            }),
        };
        var plan = MigrationPlanFactory.Create(endpoint, options, context);

        var read = 0;
        MigrationResult<T> result;
        try
        {
            var task = kind switch
            {
                SourceKind.List => MigrationEngine.RunAsync(records, plan, cancellation.Token),
                SourceKind.LazyEnumerable => MigrationEngine.RunAsync(Lazy(records, scenario, cancellation, () => read++), plan, cancellation.Token),
                _ => MigrationEngine.RunAsync(Async(records, scenario, cancellation, () => read++), knownCount: null, plan, cancellation.Token),
            };
            result = await task;

            // Returned: the whole source was read, nothing stopped it, and failures only where allowed.
            Assert.Equal(records.Count, result.TotalRecords);
            Assert.Null(scenario.SourceThrowsAt);
            Assert.Null(scenario.InvalidAt);
            Assert.False(cancellation.IsCancellationRequested);
            Assert.True(result.IsSuccess || scenario.ContinueOnBatchFailure);
        }
        catch (MasivoMigrationCanceledException cancelled)
        {
            Assert.Equal(cancellation.Token, cancelled.CancellationToken);
            result = Assert.IsType<MigrationResult<T>>(cancelled.Result);
        }
        catch (MasivoMigrationException stopped)
        {
            result = Assert.IsType<MigrationResult<T>>(stopped.Result);
            if (!endpoint.Batch.IsIdempotent && scenario.ContinueOnBatchFailure)
            {
                // A history migration that carried on past failed batches: Skip would resend acknowledged batches.
                Assert.DoesNotContain("Skip(", stopped.Message, StringComparison.Ordinal);
                Assert.Contains("resend each failed batch's Records instead", stopped.Message, StringComparison.Ordinal);
            }
            else
            {
                Assert.Contains($"Skip({result.NextRecordIndex})", stopped.Message, StringComparison.Ordinal);
            }

            // Stopped by one of the scenario's disturbances, never by the engine's own checks (a failed Debug.Assert).
            Assert.True(
                stopped.InnerException is MasivoException or IOException or ArgumentException or InvalidOperationException { Message: "progress handler broke" },
                $"stopped by {stopped.InnerException}");
        }
        catch (ArgumentException invalid) when (kind == SourceKind.List)
        {
            // A collection is validated whole before anything is sent.
            Assert.NotNull(scenario.InvalidAt);
            Assert.Contains($"{endpoint.RecordName}[{scenario.InvalidAt}]", invalid.Message, StringComparison.Ordinal);
            Assert.Empty(server.Received);
            return (server, null);
        }

        MigrationAssert.AccountsForEveryRecord(result, records);
        if (kind != SourceKind.List)
        {
            Assert.Equal(read, result.TotalRecords);
        }

        var received = server.Received.ToHashSet();
        foreach (var batch in result.Batches)
        {
            var indexes = Enumerable.Range(batch.FirstRecordIndex, batch.Count);
            if (batch.Succeeded)
            {
                Assert.All(indexes, i => Assert.Contains(i, received));
            }
            else if (batch.Error!.Message.Contains("was not sent", StringComparison.Ordinal))
            {
                Assert.All(indexes, i => Assert.DoesNotContain(i, received));
            }
        }

        return (server, result);
    }

    private static List<ContactMigrationRecord> Contacts(Scenario scenario) =>
        Enumerable.Range(0, scenario.Count).Select(i => new ContactMigrationRecord
        {
            ExternalId = Id(i),
            Tags = i == scenario.UnserializableAt ? new JsonObject { ["score"] = JsonValue.Create(double.NaN) } : null,
        }).Select((r, i) => i == scenario.InvalidAt ? null! : r).ToList();

    private static List<CustomerMigrationRecord> Customers(Scenario scenario) =>
        Enumerable.Range(0, scenario.Count).Select(i => new CustomerMigrationRecord
        {
            Id = Id(i),
            DocumentType = i == scenario.InvalidAt ? "DNI" : null,
            Tags = i == scenario.UnserializableAt ? new JsonObject { ["score"] = JsonValue.Create(double.NaN) } : null,
        }).ToList();

    /// <summary>
    /// The events each customer holds, against the real limit of 1,000 per request: mostly a few, some a third
    /// of the limit or all of it (give or take one), so that batches of 1 to 7 customers often end exactly at,
    /// one under or one over the limit. A customer at <c>InvalidAt</c> holds none or more than 1,000.
    /// </summary>
    private sealed record Weighing(int Limit, int[] Weights)
    {
        public static Weighing Random(Scenario scenario)
        {
            // Its own generator (not the server's), so that the scenarios of the other resources stay as they were.
            var random = new Random(scenario.Seed ^ 0x5EED);
            var limit = Support.CustomerEvents.Limit;
            var weights = Enumerable.Range(0, scenario.Count)
                .Select(i => i == scenario.InvalidAt
                    ? (random.Next(2) == 0 ? 0 : limit + 1 + random.Next(3))
                    : random.Next(10) switch
                    {
                        < 6 => random.Next(1, 4),
                        < 9 => limit / 3 + random.Next(-1, 2),
                        _ => limit - random.Next(0, 2),
                    })
                .ToArray();
            return new Weighing(limit, weights);
        }

        public List<CustomerEventsMigrationRecord> Customers(Scenario scenario) =>
            Weights.Select((events, i) =>
            {
                var customer = Support.CustomerEvents.Customer(i, events);
                if (i == scenario.UnserializableAt && events > 0)
                {
                    customer.Events![^1].Order!.Metadata = new JsonObject { ["score"] = JsonValue.Create(double.NaN) };
                }

                return customer;
            }).ToList();
    }

    private static string Id(int index) => index.ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<T> Lazy<T>(List<T> records, Scenario scenario, CancellationTokenSource cancellation, Action onRead)
    {
        for (var i = 0; i < records.Count; i++)
        {
            Disturb(i, scenario, cancellation);
            onRead();
            yield return records[i];
        }
    }

    private static async IAsyncEnumerable<T> Async<T>(List<T> records, Scenario scenario, CancellationTokenSource cancellation, Action onRead, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < records.Count; i++)
        {
            if (i % 3 == 0)
            {
                await Task.Yield();
            }

            Disturb(i, scenario, cancellation);
            cancellationToken.ThrowIfCancellationRequested();
            onRead();
            yield return records[i];
        }
    }

    private static void Disturb(int index, Scenario scenario, CancellationTokenSource cancellation)
    {
        if (index == scenario.SourceThrowsAt)
        {
            throw new IOException($"the source file broke at record {index}");
        }

        if (index == scenario.CancelAtRecord)
        {
            cancellation.Cancel();
        }
    }

    /// <summary>One randomized run: the records, the batching, and where things go wrong (or nowhere).</summary>
    private sealed record Scenario(
        int Count,
        int BatchSize,
        bool ContinueOnBatchFailure,
        int? InvalidAt,
        int? UnserializableAt,
        int? SourceThrowsAt,
        int? CancelAtRecord,
        int? CancelAtRequest,
        int? ProgressThrowsAt,
        double FailureRate,
        double RateLimitRate,
        double DropRate)
    {
        public static Scenario Random(Random random, SourceKind kind)
        {
            var count = random.Next(0, 40);
            var seed = random.Next();
            int? Somewhere(double chance) => count > 0 && random.NextDouble() < chance ? random.Next(count) : null;
            return new Scenario(
                count,
                random.Next(1, 8),
                random.NextDouble() < 0.5,
                Somewhere(0.15),
                Somewhere(0.15),
                kind == SourceKind.List ? null : Somewhere(0.15),
                kind == SourceKind.List ? null : Somewhere(0.15),
                random.NextDouble() < 0.15 ? random.Next(0, 8) : null,
                random.NextDouble() < 0.1 ? random.Next(1, 10) : null,
                random.NextDouble() < 0.5 ? 0 : random.NextDouble() * 0.4,
                random.NextDouble() < 0.5 ? 0 : random.NextDouble() * 0.3,
                random.NextDouble() < 0.7 ? 0 : random.NextDouble() * 0.2)
            {
                Seed = seed,
            };
        }

        public int Seed { get; init; }
    }

    /// <summary>Answers migration requests in memory as the plan's HTTP call, with scripted faults.</summary>
    private sealed class InMemoryMigrationServer(Scenario scenario, CancellationTokenSource cancellation)
    {
        private readonly Random _random = new(scenario.Seed);
        private int _requests;

        public ConcurrentBag<int> Received { get; } = [];

        /// <summary>Gets the records each request carried, answered or not.</summary>
        public ConcurrentQueue<List<int>> Requests { get; } = new();

        /// <summary>Gets the customers each events request carried, with the events each held in the body, answered or not.</summary>
        public ConcurrentQueue<List<(int Id, int Events)>> Bodies { get; } = new();

        public async Task<HttpResponseMessage> SendAsync(HttpContent content, string? timeZone, CancellationToken cancellationToken)
        {
            var number = Interlocked.Increment(ref _requests) - 1;
            // A document, not a JsonNode tree: events bodies hold thousands of events, and thousands of runs read them.
            using var body = await JsonDocument.ParseAsync(await content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            var records = (body.RootElement.TryGetProperty("contacts", out var contacts) ? contacts : body.RootElement.GetProperty("customers")).EnumerateArray().ToList();
            var ids = records.Select(r => int.Parse((r.TryGetProperty("external_id", out var id) ? id : r.GetProperty("id")).GetString()!, CultureInfo.InvariantCulture)).ToList();
            Requests.Enqueue(ids);
            if (records.All(r => r.TryGetProperty("events", out var events) && events.ValueKind == JsonValueKind.Array))
            {
                Bodies.Enqueue(records.Select((r, i) => (ids[i], r.GetProperty("events").GetArrayLength())).ToList());
            }

            if (number == scenario.CancelAtRequest)
            {
                if (_random.NextDouble() < 0.5)
                {
                    ids.ForEach(Received.Add); // processed, then the caller cancels before the answer
                }

                await cancellation.CancelAsync();
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (_random.NextDouble() < scenario.RateLimitRate)
            {
                return Answer(HttpStatusCode.TooManyRequests, """{"error":"Too many requests"}""");
            }

            if (_random.NextDouble() < scenario.DropRate)
            {
                throw new HttpRequestException("The connection broke.", new IOException("reset"), HttpStatusCode.BadGateway);
            }

            if (_random.NextDouble() < scenario.FailureRate)
            {
                return Answer(HttpStatusCode.BadRequest, """{"error":"Bad request","details":"refused"}""");
            }

            ids.ForEach(Received.Add);
            return Answer(HttpStatusCode.OK, """{"data":{"message":"batch enqueued successfully"}}""");
        }

        private static HttpResponseMessage Answer(HttpStatusCode status, string json) =>
            new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
    }

    private sealed class ThrowingProgress(Action report) : IProgress<MigrationProgress>
    {
        public void Report(MigrationProgress value) => report();
    }
}
