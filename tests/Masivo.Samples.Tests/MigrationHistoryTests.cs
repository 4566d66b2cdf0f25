using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Masivo.Samples.Migration;
using Masivo.Sdk;
using Masivo.Sdk.Testing;

namespace Masivo.Samples.Tests;

/// <summary>
/// Customers' events and transactions (<c>--kind CustomerEvents</c>, <c>--kind CustomerTransactions</c>), one
/// customer's history per JSON line, end to end against the fake Masivo: lines the SDK would refuse are
/// rejected in the first pass with their line and reason, requests hold at most 1,000 events or
/// transactions, what fails goes to the failed file, and that file, given back with its --kind, migrates.
/// </summary>
public sealed class MigrationHistoryTests : IAsyncLifetime, IDisposable
{
    private const int Registered = 30;

    // Every registered customer's migrated balance: its transactions must add up to it, as Masivo requires.
    private const decimal MigratedBalance = 100m;

    private readonly MigrationTool _tool = new();
    private MasivoFakeServer _fake = null!;

    public static TheoryData<string> Kinds => new() { "CustomerEvents", "CustomerTransactions" };

    public async Task InitializeAsync()
    {
        _fake = await MasivoFakeServer.StartAsync();

        // The fake, as Masivo, takes the history of registered customers only.
        using var client = _fake.CreateClient();
        await client.Customers.MigrateAsync(Enumerable.Range(1, Registered).Select(i => new CustomerMigrationRecord
        {
            Id = Id(i),
            Name = "Name " + i,
            Email = $"h{i}@example.com",
            RegistrationDate = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero),
            Balance = [new CustomerBalanceItem { RewardId = "points", Amount = MigratedBalance }],
        }));
        _fake.ClearRequests();
    }

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    public void Dispose() => _tool.Dispose();

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Lines_that_cannot_be_sent_are_rejected_with_their_line_and_reason_and_every_other_customer_is_migrated_in_order(string kind)
    {
        var items = Items(kind);
        var file = await HistoryFileAsync(
            Line(kind, 1, 2),
            Line(kind, 2, 600),
            """{"id":"h-03","events":[""",
            Line(kind, 4, 1_001),
            Line(kind, 5, 0),
            Line(kind, 6, 600),
            Line(kind, 7, 1_000),
            Line(kind, 8, 1));

        var exit = await _tool.RunAsync(_fake, TimeSpan.Zero, [file, "--kind", kind]);

        Assert.True(exit == 3, _tool.Output);
        Assert.Equal(new MigrationTool.Accounts(5, 3, 0, 0, 8), _tool.Summary());
        var rejected = await RejectedAsync("history.rejected.csv");
        Assert.Equal(new long[] { 3, 4, 5 }, rejected.Keys);
        Assert.StartsWith("cannot be read: ", rejected[3], StringComparison.Ordinal);
        Assert.StartsWith($"customer 'h-04' holds 1,001 {items}; a request may hold at most 1,000", rejected[4], StringComparison.Ordinal);
        Assert.Equal($"customer 'h-05' has no {items}: every customer needs at least one", rejected[5]);

        // 2 + 600 fit; 600 more do not; 600 + 1,000 do not; 1,000 + 1 do not: four requests, as the first pass counted.
        Assert.Contains($"Migrating 5 customers' {items} (2,203 {items}) in 4 batches of up to 1,000 customers and 1,000 {items}", _tool.Output, StringComparison.Ordinal);
        Assert.Equal(["h-01:2 h-02:600", "h-06:600", "h-07:1000", "h-08:1"], Sent(kind).Select(request => string.Join(' ', request.Select(c => $"{c.Id}:{c.Items}"))));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_failed_batch_goes_to_the_failed_file_whose_resend_command_names_the_kind_and_migrates_it(string kind)
    {
        var file = await HistoryFileAsync(Enumerable.Range(1, 25).Select(i => Line(kind, i, i)).ToArray());
        _fake.FailNext(Route(kind), FakeFault.Status(422, details: "Invalid customer entry"));

        var exit = await _tool.RunAsync(_fake, TimeSpan.Zero, [file, "--kind", kind, "--batch-size", "10"]);

        Assert.True(exit == 1, _tool.Output);
        Assert.Equal(new MigrationTool.Accounts(15, 0, 10, 0, 25), _tool.Summary());
        var failed = _tool.PathOf("history.failed.jsonl");
        Assert.Contains($"Send them again with: dotnet run --project samples/Masivo.Samples.Migration -- {failed} --kind {kind} --batch-size 10", _tool.Output, StringComparison.Ordinal);
        var lines = await File.ReadAllLinesAsync(failed);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (Id(i), i)), lines.Select(line => Customer(JsonNode.Parse(line)!, Items(kind))));

        var before = _fake.RequestsTo(Route(kind)).Count;
        using var again = new MigrationTool();
        Assert.Equal(0, await again.RunAsync(_fake, TimeSpan.Zero, [failed, "--kind", kind, "--batch-size", "10"]));
        Assert.Equal(new MigrationTool.Accounts(10, 0, 0, 0, 10), again.Summary());
        var resent = Assert.Single(Sent(kind).Skip(before));
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (Id(i), i)), resent);
    }

    /// <summary>
    /// A batch that failed with a 5xx may have been processed (these migrations are not upserts): its customers go to
    /// the check file, to be checked in Masivo, and only the batches certainly not processed go to the failed file,
    /// whose resend command is printed.
    /// </summary>
    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_batch_that_may_have_been_processed_goes_to_the_check_file_apart_from_the_failed_file_and_gets_no_resend_command(string kind)
    {
        var file = await HistoryFileAsync(Enumerable.Range(1, 25).Select(i => Line(kind, i, 1)).ToArray());
        _fake.FailNext(Route(kind), FakeFault.Status(503)).FailNext(Route(kind), FakeFault.Status(422, details: "Invalid customer entry"));

        var exit = await _tool.RunAsync(_fake, TimeSpan.Zero, [file, "--kind", kind, "--batch-size", "10"]);

        Assert.True(exit == 1, _tool.Output);
        Assert.Equal(new MigrationTool.Accounts(5, 0, 10, 0, 25) { ToCheck = 10 }, _tool.Summary());
        var check = _tool.PathOf("history.check.jsonl");
        var failed = _tool.PathOf("history.failed.jsonl");
        Assert.Equal(Enumerable.Range(1, 10).Select(Id), (await File.ReadAllLinesAsync(check)).Select(line => Customer(JsonNode.Parse(line)!, Items(kind)).Id));
        Assert.Equal(Enumerable.Range(11, 10).Select(Id), (await File.ReadAllLinesAsync(failed)).Select(line => Customer(JsonNode.Parse(line)!, Items(kind)).Id));
        Assert.Contains($"10 customers may have been processed by Masivo: they are in {check}. Check them in Masivo before sending any of them again", _tool.Output, StringComparison.Ordinal);
        Assert.Contains($"Send them again with: dotnet run --project samples/Masivo.Samples.Migration -- {failed} --kind {kind} --batch-size 10", _tool.Output, StringComparison.Ordinal);
        Assert.DoesNotContain($"-- {check}", _tool.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_check_file_follows_the_failed_file_s_rules_a_stale_default_one_is_removed_and_one_beside_a_named_failed_file_needs_overwrite()
    {
        var file = await HistoryFileAsync(Line("CustomerEvents", 1, 1));
        await File.WriteAllTextAsync(_tool.PathOf("history.check.jsonl"), "stale\n");

        Assert.Equal(0, await _tool.RunAsync(_fake, TimeSpan.Zero, [file, "--kind", "CustomerEvents"]));
        Assert.False(File.Exists(_tool.PathOf("history.check.jsonl")));

        var failed = _tool.PathOf("mine.jsonl");
        var check = _tool.PathOf("mine.check.jsonl");
        await File.WriteAllTextAsync(check, "not the tool's\n");
        using var named = new MigrationTool();
        Assert.Equal(2, await named.RunAsync(_fake, TimeSpan.Zero, [file, "--kind", "CustomerEvents", "--failed", failed]));
        Assert.Contains($"{check} already exists. Give --overwrite to replace it", named.Output, StringComparison.Ordinal);
        Assert.Equal("not the tool's\n", await File.ReadAllTextAsync(check));

        // Contacts and customers have no check file: one there is none of their business.
        var contacts = _tool.PathOf("contacts.jsonl");
        await File.WriteAllTextAsync(contacts, "{\"external_id\":\"x-1\"}\n");
        using var upserts = new MigrationTool();
        Assert.Equal(0, await upserts.RunAsync(_fake, TimeSpan.Zero, [contacts, "--failed", failed]));
    }

    [Fact]
    public async Task A_customer_s_transactions_on_a_second_line_are_rejected_there_while_events_may_span_lines()
    {
        var transactions = await HistoryFileAsync(Line("CustomerTransactions", 1, 2), Line("CustomerTransactions", 2, 1), Line("CustomerTransactions", 1, 1));

        var exit = await _tool.RunAsync(_fake, TimeSpan.Zero, [transactions, "--kind", "CustomerTransactions"]);

        Assert.True(exit == 3, _tool.Output);
        Assert.Equal(new MigrationTool.Accounts(2, 1, 0, 0, 3), _tool.Summary());
        Assert.StartsWith("customer 'h-01' already has its transactions on line 1", (await RejectedAsync("history.rejected.csv"))[3], StringComparison.Ordinal);
        Assert.Equal(["h-01:2 h-02:1"], Sent("CustomerTransactions").Select(request => string.Join(' ', request.Select(c => $"{c.Id}:{c.Items}"))));

        using var events = new MigrationTool();
        var eventsFile = events.PathOf("events.jsonl");
        await File.WriteAllLinesAsync(eventsFile, [Line("CustomerEvents", 1, 2), Line("CustomerEvents", 1, 1)]);
        Assert.Equal(0, await events.RunAsync(_fake, TimeSpan.Zero, [eventsFile, "--kind", "CustomerEvents"]));
    }

    /// <summary>
    /// With no MASIVO_* variables the tool runs against its own embedded fake, which starts without customers: it
    /// registers the file's customers there first (each once; for transactions with the balance they add up to), so
    /// the history is migrated instead of every batch failing with a 404.
    /// </summary>
    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Against_its_own_embedded_fake_the_tool_registers_the_file_s_customers_first_and_migrates_their_history(string kind)
    {
        var lines = kind == "CustomerEvents"
            ? new[] { Line(kind, 1, 2), Line(kind, 2, 3), Line(kind, 1, 1) }
            : new[] { Line(kind, 1, 2), Line(kind, 2, 3), Line(kind, 3, 1) };
        var file = await HistoryFileAsync(lines);

        var exit = await _tool.RunAsync(file, "--kind", kind);

        Assert.True(exit == 0, _tool.Output);
        Assert.Equal(new MigrationTool.Accounts(3, 0, 0, 0, 3), _tool.Summary());
        var registered = kind == "CustomerEvents"
            ? "registered the file's 2 customers there first, as they would already be in Masivo before their events."
            : "registered the file's 3 customers there first, each with a balance equal to the sum of its transactions' amounts, as they would already be in Masivo before their transactions.";
        Assert.Contains(registered, _tool.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(_tool.PathOf("history.failed.jsonl")));
    }

    [Fact]
    public async Task Against_a_fake_of_the_caller_s_no_customer_is_registered()
    {
        var file = await HistoryFileAsync(Line("CustomerEvents", 1, 1));

        Assert.Equal(0, await _tool.RunAsync(_fake, TimeSpan.Zero, [file, "--kind", "CustomerEvents"]));

        Assert.DoesNotContain("registered the file's", _tool.Output, StringComparison.Ordinal);
        Assert.Empty(_fake.RequestsTo(FakeRoute.MigrateCustomers));
    }

    [Fact]
    public async Task The_kind_is_read_in_any_case_and_a_dry_run_sends_nothing()
    {
        var file = await HistoryFileAsync(Line("CustomerEvents", 1, 3), Line("CustomerEvents", 2, 1_001));

        var exit = await _tool.RunAsync(_fake, TimeSpan.Zero, [file, "--kind", "customerevents", "--dry-run"]);

        Assert.True(exit == 3, _tool.Output);
        Assert.Contains("1 valid, 1 rejected", _tool.Output, StringComparison.Ordinal);
        Assert.Contains("line 2: customer 'h-02' holds 1,001 events", _tool.Output, StringComparison.Ordinal);
        Assert.Empty(_fake.Requests);
    }

    [Fact]
    public async Task Cancelling_exits_130_and_every_customer_not_acknowledged_is_in_the_check_or_the_failed_file()
    {
        var file = await HistoryFileAsync(Enumerable.Range(1, 25).Select(i => Line("CustomerEvents", i, 2)).ToArray());
        using var cancellation = new CancellationTokenSource();
        var firstRequest = _fake.WaitForRequestsAsync(FakeRoute.MigrateCustomerEvents, 1).ContinueWith(_ => cancellation.Cancel(), TaskScheduler.Default);

        // One request a second: the first batch goes at once, the cancellation comes while the second waits its turn.
        var exit = await _tool.RunAsync(_fake, TimeSpan.FromSeconds(1), [file, "--kind", "CustomerEvents", "--batch-size", "10"], cancellationToken: cancellation.Token);
        await firstRequest;

        Assert.True(exit == 130, _tool.Output);
        var accounts = _tool.Summary();
        Assert.Equal(25, accounts.Migrated + accounts.ToCheck + accounts.Failed);

        // A batch cancelled in flight may have been processed: it is in the check file, the rest in the failed file.
        var check = File.Exists(_tool.PathOf("history.check.jsonl"))
            ? (await File.ReadAllLinesAsync(_tool.PathOf("history.check.jsonl"))).Select(line => Customer(JsonNode.Parse(line)!, "events").Id).ToList()
            : [];
        Assert.Equal(accounts.ToCheck, check.Count);
        var failed = check.Concat((await File.ReadAllLinesAsync(_tool.PathOf("history.failed.jsonl"))).Select(line => Customer(JsonNode.Parse(line)!, "events").Id)).ToList();
        Assert.Equal(accounts.ToCheck + accounts.Failed, failed.Count);
        Assert.Equal(
            Enumerable.Range(1, 25).Select(Id),
            Sent("CustomerEvents").SelectMany(request => request.Select(customer => customer.Id)).Take(accounts.Migrated).Concat(failed));
    }

    /// <summary>
    /// Each line here is refused by the SDK itself (a collection is checked whole, nothing sent): the tool
    /// rejects it in the first pass, so it never stops the migration mid-stream.
    /// </summary>
    [Theory]
    [InlineData("CustomerEvents", """{"events":[{E}]}""", "misses id")]
    [InlineData("CustomerEvents", """{"id":" ","events":[{E}]}""", "misses id")]
    [InlineData("CustomerEvents", """{"id":"..","events":[{E}]}""", "has the id '..', which is a relative path segment")]
    [InlineData("CustomerEvents", """{"id":"a\u0007b","events":[{E}]}""", "has an id holding a control character (U+0007) at index 1")]
    [InlineData("CustomerEvents", """{"id":"h-01"}""", "customer 'h-01' has no events")]
    [InlineData("CustomerEvents", """{"id":"h-01","events":[]}""", "customer 'h-01' has no events")]
    [InlineData("CustomerEvents", """{"id":"h-01","events":[{E},null]}""", "customer 'h-01' has events[1] that is null")]
    [InlineData("CustomerEvents", """{"id":"h-01","events":[{"type":"PURCHASE","fulfilled":true,"issued_at":"2024-01-01T00:00:00Z"}]}""", "customer 'h-01' has events[0] that misses order, resolved_at")]
    [InlineData("CustomerEvents", """{"id":"h-01","events":[{"order":{},"fulfilled":true,"issued_at":"2024-01-01T00:00:00Z","resolved_at":"2024-01-01T00:00:00Z"}]}""", "customer 'h-01' has events[0] that misses type")]
    [InlineData("CustomerTransactions", """{"id":"","transactions":[{T}]}""", "misses id")]
    [InlineData("CustomerTransactions", """{"id":"h-01","transactions":[]}""", "customer 'h-01' has no transactions")]
    [InlineData("CustomerTransactions", """{"id":"h-01","transactions":[null]}""", "customer 'h-01' has transactions[0] that is null")]
    [InlineData("CustomerTransactions", """{"id":"h-01","transactions":[{"amount":100,"issued_at":"2024-01-01T00:00:00Z"}]}""", "customer 'h-01' has transactions[0] that misses type")]
    [InlineData("CustomerTransactions", """{"id":"h-01","transactions":[{"type":" ","amount":100,"issued_at":"2024-01-01T00:00:00Z"}]}""", "customer 'h-01' has transactions[0] that misses type")]
    [InlineData("CustomerTransactions", """{"id":"h-01","transactions":[{"type":"ACCUMULATION","issued_at":"2024-01-01T00:00:00Z"}]}""", "customer 'h-01' has transactions[0] that misses amount")]
    [InlineData("CustomerTransactions", """{"id":"h-01","transactions":[{"type":"ACCUMULATION","amount":100}]}""", "customer 'h-01' has transactions[0] that misses issued_at")]
    [InlineData("CustomerTransactions", """{"id":"h-01","transactions":[{T},{}]}""", "customer 'h-01' has transactions[1] that misses type, amount, issued_at")]
    public async Task A_line_the_SDK_refuses_is_rejected_in_the_first_pass(string kind, string line, string reason)
    {
        line = line.Replace("{E}", EventJson(0), StringComparison.Ordinal).Replace("{T}", TransactionJson(0, MigratedBalance), StringComparison.Ordinal);
        using var client = _fake.CreateClient();
        if (kind == "CustomerEvents")
        {
            var record = JsonSerializer.Deserialize<CustomerEventsMigrationRecord>(line, RecordFile.Json)!;
            await Assert.ThrowsAsync<ArgumentException>(() => client.Customers.MigrateEventsAsync([record]));
        }
        else
        {
            var record = JsonSerializer.Deserialize<CustomerTransactionsMigrationRecord>(line, RecordFile.Json)!;
            await Assert.ThrowsAsync<ArgumentException>(() => client.Customers.MigrateTransactionsAsync([record]));
        }

        var file = await HistoryFileAsync(Line(kind, 2, 1), line);

        var exit = await _tool.RunAsync(_fake, TimeSpan.Zero, [file, "--kind", kind]);

        Assert.True(exit == 3, _tool.Output);
        Assert.Equal(new MigrationTool.Accounts(1, 1, 0, 0, 2), _tool.Summary());
        Assert.StartsWith(reason, (await RejectedAsync("history.rejected.csv"))[2], StringComparison.Ordinal);
    }

    private static string Id(int i) => string.Create(CultureInfo.InvariantCulture, $"h-{i:D2}");

    private static string Items(string kind) => kind == "CustomerEvents" ? "events" : "transactions";

    private static FakeRoute Route(string kind) => kind == "CustomerEvents" ? FakeRoute.MigrateCustomerEvents : FakeRoute.MigrateCustomerTransactions;

    /// <summary>
    /// A customer's line: <paramref name="count"/> events or transactions, each told apart by its order or amount; the
    /// transactions earn 1, 2, 3... points and the last one makes them add up to the customer's balance.
    /// </summary>
    private static string Line(string kind, int customer, int count)
    {
        var items = Enumerable.Range(0, count).Select(kind == "CustomerEvents"
            ? (Func<int, string>)EventJson
            : n => TransactionJson(n, n < count - 1 ? n + 1 : MigratedBalance - ((decimal)(count - 1) * count / 2)));
        return $$"""{"id":"{{Id(customer)}}","{{Items(kind)}}":[{{string.Join(',', items)}}]}""";
    }

    private static string EventJson(int n) =>
        $$"""{"type":"PURCHASE","order":{"purchase_id":"o-{{n}}","value":10},"fulfilled":true,"issued_at":"2024-01-02T03:04:05Z","resolved_at":"2024-01-02T03:04:05Z"}""";

    private static string TransactionJson(int n, decimal amount) => string.Create(
        CultureInfo.InvariantCulture,
        $$"""{"type":"{{(amount < 0 ? "REDEMPTION" : "ACCUMULATION")}}","reward_id":"points","amount":{{amount}},"details":"#{{n}}","issued_at":"2024-01-02T03:04:05Z","resolved_at":"2024-01-02T03:04:05Z"}""");

    private static (string Id, int Items) Customer(JsonNode customer, string items) =>
        ((string)customer["id"]!, customer[items]!.AsArray().Count);

    /// <summary>The customers each request to the kind's route carried, with how many events or transactions each held.</summary>
    private List<List<(string Id, int Items)>> Sent(string kind) =>
        _fake.RequestsTo(Route(kind)).Select(request => request.Json!["customers"]!.AsArray().Select(c => Customer(c!, Items(kind))).ToList()).ToList();

    private async Task<string> HistoryFileAsync(params string[] lines)
    {
        var file = _tool.PathOf("history.jsonl");
        await File.WriteAllLinesAsync(file, lines);
        return file;
    }

    /// <summary>The rejected file's reasons by line.</summary>
    private async Task<SortedDictionary<long, string>> RejectedAsync(string name)
    {
        var reasons = new SortedDictionary<long, string>();
        await foreach (var line in CsvLines.ReadAsync(_tool.PathOf(name)))
        {
            reasons[long.Parse(line.Fields![0], CultureInfo.InvariantCulture)] = line.Fields[1];
        }

        return reasons;
    }
}
