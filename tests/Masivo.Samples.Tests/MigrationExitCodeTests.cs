using Masivo.Sdk.Testing;

namespace Masivo.Samples.Tests;

/// <summary>
/// The documented exit codes: 0 every row migrated, 1 some failed (in the failed file), 2 usage
/// error, 3 some rejected and none failed, 130 cancelled. Every ending accounts for every row.
/// </summary>
public sealed class MigrationExitCodeTests : IAsyncLifetime, IDisposable
{
    private readonly MigrationTool _tool = new();
    private MasivoFakeServer _fake = null!;

    public async Task InitializeAsync() => _fake = await MasivoFakeServer.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    public void Dispose() => _tool.Dispose();

    [Theory]
    [InlineData("--kind must be Contacts, Customers, CustomerEvents or CustomerTransactions; got 'Foo'.", "{file}", "--kind", "Foo")]
    [InlineData("--kind CustomerEvents reads JSON Lines only, one customer's events per line", "{file}", "--kind", "CustomerEvents")]
    [InlineData("--kind CustomerTransactions reads JSON Lines only, one customer's transactions per line", "{file}", "--kind", "customertransactions")]
    [InlineData("--kind CustomerEvents needs a .jsonl file, one customer's events per line", "--kind", "CustomerEvents")]
    [InlineData("--kind CustomerTransactions needs a .jsonl file, one customer's transactions per line", "--kind", "CustomerTransactions", "--sample-count", "10")]
    [InlineData("--batch-size for CustomerEvents counts customers per request, from 1 to 1,000: a request holds at most 1,000 events in all, at least one per customer; got '1001'.", "{file}", "--kind", "CustomerEvents", "--batch-size", "1001")]
    [InlineData("--batch-size for CustomerTransactions counts customers per request, from 1 to 1,000", "{file}", "--kind", "CustomerTransactions", "--batch-size", "10000")]
    [InlineData("--time-zone applies to contacts only; customers' events migrations take no time zone.", "{file}", "--kind", "CustomerEvents", "--time-zone", "UTC")]
    [InlineData("--time-zone applies to contacts only; customers' transactions migrations take no time zone.", "{file}", "--kind", "CustomerTransactions", "--time-zone", "UTC")]
    [InlineData("--batch-size must be a whole number from 1 to 10,000 (Masivo's limit per migration request); got 'abc'.", "{file}", "--batch-size", "abc")]
    [InlineData("--batch-size must be a whole number from 1 to 10,000 (Masivo's limit per migration request); got '20000'.", "{file}", "--batch-size", "20000")]
    [InlineData("--batch-size must be a whole number from 1 to 10,000 (Masivo's limit per migration request); got '0'.", "{file}", "--batch-size", "0")]
    [InlineData("--sample-count must be a whole number, at least 1; got '-1'.", "--sample-count", "-1")]
    [InlineData("--interval-ms must be a number of milliseconds from 0 to 3,600,000 (one hour); got '-5'.", "{file}", "--interval-ms", "-5")]
    [InlineData("Unrecognized command or argument '--bogus'.", "{file}", "--bogus")]
    [InlineData("Unrecognized command or argument '--bogus'.", "--bogus")]
    [InlineData("--time-zone applies to contacts only; customer migrations take no time zone.", "{file}", "--kind", "Customers", "--time-zone", "UTC")]
    [InlineData("--time-zone 'Pacific Standard Time' is not a known IANA time zone id", "{file}", "--time-zone", "Pacific Standard Time")]
    [InlineData("--time-zone 'EST5EDT' is not a known IANA time zone id", "{file}", "--time-zone", "EST5EDT")]
    [InlineData("--time-zone 'utc' is not a known IANA time zone id", "{file}", "--time-zone", "utc")]
    [InlineData("--time-zone 'posixrules' is not a known IANA time zone id", "{file}", "--time-zone", "posixrules")]
    [InlineData("--time-zone 'Factory' is not a known IANA time zone id", "{file}", "--time-zone", "Factory")]
    [InlineData("--time-zone 'localtime' is not a known IANA time zone id", "{file}", "--time-zone", "localtime")]
    [InlineData("--time-zone 'right/UTC' is not a known IANA time zone id", "{file}", "--time-zone", "right/UTC")]
    [InlineData("--time-zone 'EST5EDT' is not a known IANA time zone id", "{file}", "--dry-run", "--time-zone", "EST5EDT")]
    [InlineData("--batch-size must be a whole number from 1 to 10,000 (Masivo's limit per migration request); got '1,0'.", "{file}", "--batch-size", "1,0")]
    [InlineData("--interval-ms must be a number of milliseconds from 0 to 3,600,000 (one hour); got '1,000'.", "{file}", "--interval-ms", "1,000")]
    [InlineData("--sample-count must be a whole number, at least 1; got '1,000'.", "--sample-count", "1,000")]
    [InlineData("The file cannot be an empty path.", "")]
    public async Task A_usage_error_exits_2_with_its_reason_before_the_file_is_read_or_anything_is_sent(string message, params string[] args)
    {
        var file = _tool.PathOf("contacts.csv");
        await File.WriteAllLinesAsync(file, ["external_id,email", "c-1,ana@example.com"]);

        var exit = await _tool.RunAsync(_fake, TimeSpan.Zero, args.Select(arg => arg.Replace("{file}", file, StringComparison.Ordinal)).ToArray());

        Assert.True(exit == 2, _tool.Output);
        Assert.Contains("Usage error: " + message, _tool.Output.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.DoesNotContain("No such file", _tool.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Validated", _tool.Output, StringComparison.Ordinal);
        Assert.Empty(_fake.Requests);
    }

    [Fact]
    public async Task A_failed_batch_exits_1_and_its_records_go_to_the_failed_file_which_migrates_them_again()
    {
        var file = await ContactsAsync("contacts.csv", 25);
        _fake.FailNext(FakeRoute.MigrateContacts, FakeFault.Status(422, details: "Invalid batch"));

        var exit = await _tool.RunAsync(_fake, TimeSpan.Zero, [file, "--batch-size", "10"]);

        Assert.True(exit == 1, _tool.Output);
        Assert.Equal(new MigrationTool.Accounts(15, 0, 10, 0, 25), _tool.Summary());
        var failed = _tool.PathOf("contacts.failed.jsonl");
        Assert.Equal(10, (await File.ReadAllLinesAsync(failed)).Length);

        using var again = new MigrationTool();
        Assert.Equal(0, await again.RunAsync(_fake, TimeSpan.Zero, [failed]));
        Assert.Equal(new MigrationTool.Accounts(10, 0, 0, 0, 10), again.Summary());
        Assert.Equal(Ids(1, 25), MigratedIds());
    }

    [Fact]
    public async Task Cancelling_exits_130_and_every_row_not_acknowledged_is_in_the_failed_file()
    {
        var file = await ContactsAsync("contacts.csv", 25);
        using var cancellation = new CancellationTokenSource();
        var firstRequest = _fake.WaitForRequestsAsync(FakeRoute.MigrateContacts, 1).ContinueWith(_ => cancellation.Cancel(), TaskScheduler.Default);

        // One request a second: the first batch goes at once, the cancellation comes while the second waits its turn.
        var exit = await _tool.RunAsync(_fake, TimeSpan.FromSeconds(1), [file, "--batch-size", "10"], cancellationToken: cancellation.Token);
        await firstRequest;

        Assert.True(exit == 130, _tool.Output);
        var accounts = _tool.Summary();
        Assert.Equal(25, accounts.Migrated + accounts.Failed);
        Assert.Equal(0, accounts.NotRead);
        var failed = (await File.ReadAllLinesAsync(_tool.PathOf("contacts.failed.jsonl"))).Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("external_id").GetString()!).ToList();
        Assert.Equal(accounts.Failed, failed.Count);
        Assert.True(accounts.Failed >= 15, _tool.Output);
        Assert.Equal(Ids(1, 25), MigratedIds().Union(failed).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task When_the_migration_stops_because_the_input_is_gone_it_exits_1_and_counts_the_rows_not_read()
    {
        var file = await ContactsAsync("contacts.csv", 25);

        var exit = await _tool.RunAsync(_fake, TimeSpan.Zero, [file], beforeMigrating: () => File.Delete(file));

        Assert.True(exit == 1, _tool.Output);
        Assert.Contains("The migration stopped:", _tool.Output, StringComparison.Ordinal);
        Assert.Equal(new MigrationTool.Accounts(0, 0, 0, 25, 25), _tool.Summary());
        Assert.Empty(_fake.Requests);
    }

    private async Task<string> ContactsAsync(string name, int count)
    {
        var file = _tool.PathOf(name);
        await File.WriteAllLinesAsync(file, ["external_id,email", .. Enumerable.Range(1, count).Select(i => $"c-{i:D2},c{i}@example.com")]);
        return file;
    }

    private static List<string> Ids(int from, int to) => Enumerable.Range(from, to - from + 1).Select(i => $"c-{i:D2}").ToList();

    /// <summary>The contacts the fake server stored: those of the batches it processed.</summary>
    private List<string> MigratedIds() =>
        _fake.Contacts.Select(contact => contact.ExternalId!).Distinct().Order(StringComparer.Ordinal).ToList();
}
