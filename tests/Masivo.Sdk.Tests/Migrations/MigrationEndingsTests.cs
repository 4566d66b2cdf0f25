using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;
using Masivo.Sdk.Internal;
using Masivo.Sdk.Testing;
using Masivo.Sdk.Tests.Diagnostics;
using Masivo.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Masivo.Sdk.Tests.Migrations;

/// <summary>
/// Each way a migration can end, on the wire against the fake server: the documented exception, a
/// result holding every record read, and a resume index that loses nothing.
/// </summary>
public sealed class MigrationEndingsTests : FakeServerTest
{
    private static List<ContactMigrationRecord> Contacts(int count) =>
        Enumerable.Range(0, count).Select(i => new ContactMigrationRecord { ExternalId = "c" + i.ToString(CultureInfo.InvariantCulture) }).ToList();

    private IEnumerable<string?> Received() => Server.RequestsTo(FakeRoute.MigrateContacts).SelectMany(r => r.MigratedContacts!).Select(c => c.ExternalId);

    [Fact]
    public async Task Cancelling_while_the_source_produces_the_second_batch_keeps_the_records_read_into_it()
    {
        var records = Contacts(40);
        using var cancellation = new CancellationTokenSource();

        var cancelled = await Assert.ThrowsAsync<MasivoMigrationCanceledException>(() => Client.Contacts.MigrateAsync(
            Source(records, cancelAt: 15, cancellation), new MigrationOptions { BatchSize = 10 }, cancellation.Token));

        var result = Assert.IsType<MigrationResult<ContactMigrationRecord>>(cancelled.Result);
        MigrationAssert.AccountsForEveryRecord(result, records);
        Assert.Equal(15, result.TotalRecords);

        // Batch 0 was acknowledged, or cancelled in flight (the cancellation reaches its request too);
        // either way records 10-14, read and never sent, are in the result, and the resume index is safe.
        var unsent = result.Batches[^1];
        Assert.Equal(records.Skip(10).Take(5), unsent.Records!);
        Assert.Contains("was not sent", unsent.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(result.Batches[0].Succeeded ? 10 : 0, result.NextRecordIndex);
        Assert.Contains($"Skip({result.NextRecordIndex})", cancelled.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Received(), id => records.Skip(10).Any(r => r.ExternalId == id));
    }

    [Fact]
    public async Task Cancelling_inside_the_first_batch_sends_nothing_and_resumes_at_zero()
    {
        var records = Contacts(40);
        using var cancellation = new CancellationTokenSource();

        var cancelled = await Assert.ThrowsAsync<MasivoMigrationCanceledException>(() => Client.Contacts.MigrateAsync(
            Source(records, cancelAt: 5, cancellation), new MigrationOptions { BatchSize = 10 }, cancellation.Token));

        var result = Assert.IsType<MigrationResult<ContactMigrationRecord>>(cancelled.Result);
        MigrationAssert.AccountsForEveryRecord(result, records);
        Assert.Equal(5, result.TotalRecords);
        Assert.Equal(0, result.NextRecordIndex);
        Assert.Empty(Server.RequestsTo(FakeRoute.MigrateContacts));
    }

    [Fact]
    public async Task A_source_that_throws_ends_in_a_migration_exception_with_the_account_and_its_cause()
    {
        var records = Contacts(40);

        IEnumerable<ContactMigrationRecord> Broken()
        {
            foreach (var record in records.Take(15))
            {
                yield return record;
            }

            throw new IOException("the export file could not be read");
        }

        var error = await Assert.ThrowsAsync<MasivoMigrationException>(() => Client.Contacts.MigrateAsync(Broken(), new MigrationOptions { BatchSize = 10 }));

        Assert.IsType<IOException>(error.InnerException);
        Assert.Contains("source failed after 15 records", error.Message, StringComparison.Ordinal);
        Assert.Contains("Skip(10)", error.Message, StringComparison.Ordinal);
        var result = Assert.IsType<MigrationResult<ContactMigrationRecord>>(error.Result);
        MigrationAssert.AccountsForEveryRecord(result, records);
        Assert.Equal(15, result.TotalRecords);
        Assert.Equal(records.Skip(10).Take(5), result.FailedBatches.Single().Records!);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_record_that_cannot_be_serialized_fails_its_batch_without_sending_it(bool continueOnFailure)
    {
        var records = Contacts(30);
        records[12].Tags = new JsonObject { ["score"] = JsonValue.Create(double.NaN) };

        MigrationResult<ContactMigrationRecord> result;
        if (continueOnFailure)
        {
            result = await Client.Contacts.MigrateAsync(records, new MigrationOptions { BatchSize = 10, ContinueOnBatchFailure = true });
            Assert.Equal(records.Take(10).Concat(records.Skip(20)).Select(r => r.ExternalId), Received());
        }
        else
        {
            var error = await Assert.ThrowsAsync<MasivoMigrationException>(() => Client.Contacts.MigrateAsync(records, new MigrationOptions { BatchSize = 10 }));
            result = Assert.IsType<MigrationResult<ContactMigrationRecord>>(error.Result);
            Assert.Equal(records.Take(10).Select(r => r.ExternalId), Received());
        }

        MigrationAssert.AccountsForEveryRecord(result, records);
        var failed = result.FailedBatches[0];
        Assert.Equal(10, failed.FirstRecordIndex);
        Assert.Contains("cannot be serialized", failed.Error!.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<ArgumentException>(failed.Error.InnerException);
        Assert.Equal(10, result.NextRecordIndex);
    }

    [Fact]
    public async Task A_429_resend_sends_the_same_serialized_bytes_without_serializing_again()
    {
        var serializations = 0;
        var bodies = new List<string>();
        var context = InMemoryContext.ForMigrations(async (content, _, token) =>
        {
            bodies.Add(await content.ReadAsStringAsync(token));
            return bodies.Count <= 2
                ? new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Content = new StringContent("""{"error":"Too many requests"}""", Encoding.UTF8, "application/json") }
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"data":{"message":"ok"}}""", Encoding.UTF8, "application/json") };
        });
        var plan = MigrationPlanFactory.Create(ContactsEndpoints.Migrate, new MigrationOptions(), context);
        var counting = new MigrationPlan<ContactMigrationRecord>
        {
            RecordName = plan.RecordName,
            MigrationName = plan.MigrationName,
            Operation = plan.Operation,
            BatchSize = plan.BatchSize,
            Options = plan.Options,
            Pacer = plan.Pacer,
            TimeProvider = plan.TimeProvider,
            Telemetry = plan.Telemetry,
            SendBatchAsync = plan.SendBatchAsync,
            SerializeBatch = records =>
            {
                serializations++;
                return plan.SerializeBatch(records);
            },
        };

        var result = await MigrationEngine.RunAsync(Contacts(3), counting, CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Equal(1, serializations);
        Assert.Equal(3, bodies.Count);
        Assert.All(bodies, body => Assert.Equal(bodies[0], body));
    }

    [Fact]
    public async Task A_handled_429_is_neither_a_warning_nor_an_error_span()
    {
        using var logs = new RecordingLoggerProvider();
        using var telemetry = new TelemetryRecorder(Server.BaseAddress.Port);
        await using var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs))
            .AddMasivoClient(o => Server.CreateClientOptions().CopyTo(o))
            .Services
            .BuildServiceProvider();
        var client = services.GetRequiredService<MasivoClient>();
        Server.FailNext(FakeRoute.MigrateContacts, FakeFault.RateLimited(TimeSpan.Zero));

        var result = await client.Contacts.MigrateAsync(Contacts(3));

        Assert.True(result.IsSuccess);
        Assert.Equal(2, Server.RequestsTo(FakeRoute.MigrateContacts).Count);
        Assert.DoesNotContain(logs.Logs, l => l.Category == "Masivo.Sdk" && l.Level >= LogLevel.Warning);
        Assert.Contains(logs.Logs, l => l.EventId.Name == "OperationRateLimited");
        var migrateSpans = telemetry.Activities.Where(a => a.OperationName.StartsWith("contacts.migrate", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(migrateSpans);
        Assert.DoesNotContain(migrateSpans, a => a.Status == ActivityStatusCode.Error);
    }

    [Fact]
    public async Task A_collection_that_fails_while_it_is_checked_ends_in_a_migration_exception_not_a_raw_one()
    {
        var migration = Client.Contacts.MigrateAsync(new BrokenCollection(Contacts(5), failAt: 3));

        var error = await Assert.ThrowsAsync<MasivoMigrationException>(() => migration);

        Assert.IsType<IOException>(error.InnerException);
        Assert.Equal((0, 0), (error.Result.TotalRecords, error.Result.NextRecordIndex));
        Assert.Empty(Server.RequestsTo(FakeRoute.MigrateContacts));
    }

    [Fact]
    public async Task A_source_that_fails_to_close_does_not_replace_why_the_migration_stopped()
    {
        var records = Contacts(6);
        Server.FailNext(FakeRoute.MigrateContacts, FakeFault.Status(400, details: "refused"));

        var error = await Assert.ThrowsAsync<MasivoMigrationException>(
            () => Client.Contacts.MigrateAsync(FailsToClose(records), new MigrationOptions { BatchSize = 2 }));

        Assert.IsType<MasivoApiException>(error.InnerException);
        MigrationAssert.AccountsForEveryRecord(Assert.IsType<MigrationResult<ContactMigrationRecord>>(error.Result), records);
    }

    [Fact]
    public async Task A_source_that_fails_to_close_after_every_batch_was_sent_is_reported_with_the_whole_account()
    {
        var records = Contacts(6);

        var error = await Assert.ThrowsAsync<MasivoMigrationException>(
            () => Client.Contacts.MigrateAsync(FailsToClose(records), new MigrationOptions { BatchSize = 2 }));

        Assert.IsType<IOException>(error.InnerException);
        var result = Assert.IsType<MigrationResult<ContactMigrationRecord>>(error.Result);
        Assert.True(result.IsSuccess);
        Assert.Equal(6, result.SucceededRecords);
    }

    private static IEnumerable<ContactMigrationRecord> FailsToClose(List<ContactMigrationRecord> records)
    {
        try
        {
            foreach (var record in records)
            {
                yield return record;
            }
        }
        finally
        {
            throw new IOException("close failed");
        }
    }

    private sealed class BrokenCollection(List<ContactMigrationRecord> records, int failAt) : IReadOnlyCollection<ContactMigrationRecord>
    {
        public int Count => records.Count;

        public IEnumerator<ContactMigrationRecord> GetEnumerator()
        {
            for (var i = 0; i < records.Count; i++)
            {
                if (i == failAt)
                {
                    throw new IOException("disk read error on page 2");
                }

                yield return records[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static async IAsyncEnumerable<ContactMigrationRecord> Source(
        List<ContactMigrationRecord> records, int cancelAt, CancellationTokenSource cancellation, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < records.Count; i++)
        {
            await Task.Yield();
            if (i == cancelAt)
            {
                await cancellation.CancelAsync();
            }

            cancellationToken.ThrowIfCancellationRequested();
            yield return records[i];
        }
    }
}
