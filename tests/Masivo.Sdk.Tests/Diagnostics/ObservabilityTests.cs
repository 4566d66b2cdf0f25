using System.Diagnostics;
using Masivo.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Masivo.Sdk.Tests.Diagnostics;

public sealed class ObservabilityTests : IDisposable
{
    private const string CustomerEmail = "ana.private@example.com";
    private readonly RecordingLoggerProvider _logs = new();
    private readonly WireMockMasivo _masivo;
    private readonly TelemetryRecorder _telemetry;

    public ObservabilityTests()
    {
        _masivo = new WireMockMasivo(
            o => o.MaxRetries = 2,
            services => services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs)));
        _telemetry = new TelemetryRecorder(_masivo.BaseAddress.Port);
    }

    public void Dispose()
    {
        _telemetry.Dispose();
        _masivo.Dispose();
    }

    private Task<CouponRedemption> Redeem() =>
        _masivo.Client.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = "customer-42", Code = "WELCOME10" });

    [Fact]
    public async Task A_redeem_is_one_activity_one_duration_and_one_request_with_debug_logs()
    {
        _masivo.Respond("POST", "/coupons/redeem", 200, Seed.Text("coupons-redeem.response.json"));

        await Redeem();

        var activity = Assert.Single(_telemetry.Activities);
        Assert.Equal("coupons.redeem", activity.OperationName);
        Assert.Equal(ActivityStatusCode.Ok, activity.Status);
        Assert.Equal(200, activity.GetTagItem("http.response.status_code"));
        Assert.Equal("POST", activity.GetTagItem("http.request.method"));
        Assert.Equal("localhost", activity.GetTagItem("server.address"));

        var duration = Assert.Single(_telemetry.Of("masivo.client.operation.duration"));
        Assert.Equal(("coupons.redeem", "success"), (duration["masivo.operation"], duration["masivo.outcome"]));
        Assert.InRange(duration.Value, 0, 30);
        var request = Assert.Single(_telemetry.Of("masivo.client.requests"));
        Assert.Equal(("success", 200), (request["masivo.outcome"], request["http.response.status_code"]));

        Assert.Equal(["OperationStarted", "OperationSucceeded"], _logs.Logs.Where(l => l.Category == "Masivo.Sdk").Select(l => l.EventId.Name));
        Assert.All(_logs.Logs.Where(l => l.Category == "Masivo.Sdk"), l => Assert.Equal(LogLevel.Debug, l.Level));
        var succeeded = _logs.Logs.Single(l => l.EventId.Name == "OperationSucceeded");
        Assert.Equal("coupons.redeem", succeeded.State["Operation"]);
        Assert.Equal(200, succeeded.State["StatusCode"]);
    }

    [Fact]
    public async Task A_failed_redeem_is_an_error_activity_a_failure_measurement_and_a_warning()
    {
        _masivo.Respond("POST", "/coupons/redeem", 400, """{"error":"Bad Request","details":"Coupon WELCOME10 already used by ana.private@example.com"}""");

        await Assert.ThrowsAsync<MasivoApiException>(Redeem);

        var activity = Assert.Single(_telemetry.Activities);
        Assert.Equal(ActivityStatusCode.Error, activity.Status);
        Assert.Equal("MasivoApiException", activity.GetTagItem("error.type"));
        Assert.Equal(400, activity.GetTagItem("http.response.status_code"));
        Assert.Contains(activity.Events, e => e.Name == "exception");

        var duration = Assert.Single(_telemetry.Of("masivo.client.operation.duration"));
        Assert.Equal(("failure", "MasivoApiException"), (duration["masivo.outcome"], duration["error.type"]));
        Assert.Equal("http_400", Assert.Single(_telemetry.Of("masivo.client.requests"))["masivo.outcome"]);

        var warning = Assert.Single(_logs.Logs, l => l.Level == LogLevel.Warning);
        Assert.Equal("OperationFailed", warning.EventId.Name);
        Assert.Equal(400, warning.State["StatusCode"]);
        Assert.Null(warning.Exception);

        // The server's details quote personal data: neither logs nor the trace repeat them.
        Assert.DoesNotContain(CustomerEmail, _logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(activity.Events.SelectMany(e => e.Tags), t => t.Value?.ToString()?.Contains(CustomerEmail, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_retried_search_logs_the_retry_at_information_counts_it_and_tags_the_activity()
    {
        var search = Request.Create().WithPath(WireMockMasivo.BasePath + "/contacts").UsingGet();
        _masivo.Server.Given(search).InScenario("s").WillSetStateTo("ok")
            .RespondWith(Response.Create().WithStatusCode(503).WithBody("""{"error":"Service Unavailable"}"""));
        _masivo.Server.Given(search).InScenario("s").WhenStateIs("ok")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"data":[]}"""));

        await _masivo.Client.Contacts.SearchAsync(new ContactSearchQuery { Email = CustomerEmail, DocumentNumber = "X123456" });

        var activity = Assert.Single(_telemetry.Activities);
        Assert.Equal(1, activity.GetTagItem("masivo.retry_count"));
        Assert.Contains(activity.Events, e => e.Name == "masivo.retry");
        Assert.Equal(200, activity.GetTagItem("http.response.status_code"));
        Assert.Single(_telemetry.Of("masivo.client.retries"));
        Assert.Equal(["http_503", "success"], _telemetry.Of("masivo.client.requests").Select(m => m["masivo.outcome"]));

        var retry = Assert.Single(_logs.Logs, l => l.EventId.Name == "RetryScheduled");
        Assert.Equal(LogLevel.Information, retry.Level);
        Assert.Equal("status 503", retry.State["Outcome"]);
        Assert.Equal(1, retry.State["Attempt"]);

        // The query is logged by field names only.
        var started = Assert.Single(_logs.Logs, l => l.EventId.Name == "OperationStarted");
        Assert.Contains("email", started.Message, StringComparison.Ordinal);
        Assert.Contains("document_number", started.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(CustomerEmail, _logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("X123456", _logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(WireMockMasivo.Token, _logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_migration_is_one_activity_with_a_child_per_batch_and_counts_its_records()
    {
        _masivo.Respond("POST", "/contacts/migrate", 200, """{"data":{"message":"Contacts batch enqueued successfully"}}""");
        var contacts = Enumerable.Range(0, 25).Select(i => new ContactMigrationRecord { ExternalId = $"secret-ext-{i}", Email = $"person{i}@example.com" }).ToList();

        await _masivo.Client.Contacts.MigrateAsync(contacts, new MigrationOptions { BatchSize = 10 });

        var migration = Assert.Single(_telemetry.Activities, a => a.OperationName == "contacts.migrate");
        var batches = _telemetry.Activities.Where(a => a.OperationName == "contacts.migrate.batch").OrderBy(a => a.GetTagItem("masivo.batch.index")).ToList();
        Assert.Equal([0, 1, 2], batches.Select(b => b.GetTagItem("masivo.batch.index")));
        Assert.Equal([10, 10, 5], batches.Select(b => b.GetTagItem("masivo.batch.records")));
        Assert.All(batches, b => Assert.Equal(migration.SpanId, b.ParentSpanId));
        Assert.Equal(25, migration.GetTagItem("masivo.migration.records.succeeded"));

        Assert.Equal(25, _telemetry.Of("masivo.client.migration.records").Where(m => (string?)m["masivo.outcome"] == "acknowledged").Sum(m => m.Value));
        Assert.Equal(3, _logs.Logs.Count(l => l.EventId.Name == "BatchAcknowledged"));
        var finished = Assert.Single(_logs.Logs, l => l.EventId.Name == "MigrationFinished");
        Assert.Equal(LogLevel.Information, finished.Level);
        Assert.Equal(25, finished.State["Succeeded"]);
        Assert.DoesNotContain("secret-ext", _logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("person1@", _logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_migration_batch_is_a_warning_and_counts_failed_records()
    {
        _masivo.Respond("POST", "/contacts/migrate", 422, """{"error":"Unprocessable Entity","details":"contacts[0] invalid"}""");

        await Assert.ThrowsAsync<MasivoMigrationException>(() => _masivo.Client.Contacts.MigrateAsync(
            [new ContactMigrationRecord { ExternalId = "a" }, new ContactMigrationRecord { ExternalId = "b" }]));

        var records = Assert.Single(_telemetry.Of("masivo.client.migration.records"));
        Assert.Equal((2d, "failed"), (records.Value, records["masivo.outcome"]));
        var failed = Assert.Single(_logs.Logs, l => l.EventId.Name == "BatchFailed");
        Assert.Equal((LogLevel.Warning, 422), (failed.Level, failed.State["StatusCode"]));
        Assert.Equal(ActivityStatusCode.Error, Assert.Single(_telemetry.Activities, a => a.OperationName == "contacts.migrate").Status);
    }
}
