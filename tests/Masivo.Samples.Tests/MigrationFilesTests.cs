using Masivo.Sdk.Testing;

namespace Masivo.Samples.Tests;

/// <summary>
/// The files a run reads and writes: outputs that would overwrite the input or each other, or that
/// cannot be written, are refused before anything is read or sent; a file the user named is never
/// removed and is replaced only with --overwrite; and when the failed file still cannot be written at
/// the end, the run says where the records are and exits 1.
/// </summary>
public sealed class MigrationFilesTests : IAsyncLifetime, IDisposable
{
    private readonly MigrationTool _tool = new();
    private MasivoFakeServer _fake = null!;

    public async Task InitializeAsync() => _fake = await MasivoFakeServer.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    public void Dispose() => _tool.Dispose();

    [Theory]
    [InlineData("--rejected {folder}/contacts.csv is the input file", "{folder}/contacts.csv", "--rejected", "{folder}/contacts.csv")]
    [InlineData("--rejected {folder}/contacts.csv is the input file", "{folder}/contacts.csv", "--rejected", "{folder}/sub/../contacts.csv")]
    [InlineData("--rejected {folder}/link.csv is the input file", "{folder}/contacts.csv", "--rejected", "{folder}/link.csv")]
    [InlineData("--failed {folder}/contacts.jsonl is the input file", "{folder}/contacts.jsonl", "--failed", "{folder}/contacts.jsonl")]
    [InlineData("--failed {folder}/contacts.jsonl is the input file (it is written first as {folder}/contacts.jsonl.partial)", "{folder}/contacts.jsonl.partial", "--failed", "{folder}/contacts.jsonl")]
    [InlineData("--rejected {folder}/out.jsonl and --failed {folder}/out.jsonl are the same file", "{folder}/contacts.csv", "--rejected", "{folder}/out.jsonl", "--failed", "{folder}/out.jsonl")]
    [InlineData("--rejected {folder}/contacts.failed.jsonl and the failed file {folder}/contacts.failed.jsonl are the same file", "{folder}/contacts.csv", "--rejected", "{folder}/contacts.failed.jsonl")]
    public async Task An_output_that_is_the_input_or_the_other_output_is_refused_before_anything_is_read(string message, params string[] args)
    {
        await WriteInputsAsync();
        File.CreateSymbolicLink(_tool.PathOf("link.csv"), _tool.PathOf("contacts.csv"));
        var before = Snapshot();

        var exit = await _tool.RunAsync(_fake, TimeSpan.Zero, Expand(args));

        Assert.True(exit == 2, _tool.Output);
        Assert.Contains("Usage error: " + Expand(message), _tool.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Validated", _tool.Output, StringComparison.Ordinal);
        Assert.Empty(_fake.Requests);
        Assert.Equal(before, Snapshot());
    }

    [Theory]
    [InlineData("--failed", "notes.jsonl")]
    [InlineData("--rejected", "precious.txt")]
    public async Task A_file_already_at_a_named_output_path_is_refused_without_overwrite_and_left_as_it_is(string option, string name)
    {
        var file = await ContactsAsync(25);
        var precious = _tool.PathOf(name);
        await File.WriteAllTextAsync(precious, "not the tool's\n");

        var exit = await _tool.RunAsync(_fake, TimeSpan.Zero, [file, option, precious]);

        Assert.True(exit == 2, _tool.Output);
        Assert.Contains($"Usage error: {option} {precious} already exists. Give --overwrite to replace it", _tool.Output, StringComparison.Ordinal);
        Assert.Empty(_fake.Requests);
        Assert.Equal("not the tool's\n", await File.ReadAllTextAsync(precious));
    }

    [Fact]
    public async Task With_overwrite_named_output_files_are_replaced_by_this_runs_and_never_removed()
    {
        var file = await ContactsAsync(25);
        var failed = _tool.PathOf("old failed.jsonl");
        var rejected = _tool.PathOf("old rejected.csv");
        await File.WriteAllTextAsync(failed, "{\"external_id\":\"stale\"}\n");
        await File.WriteAllTextAsync(rejected, "stale\n");
        _fake.FailNext(FakeRoute.MigrateContacts, FakeFault.Status(422, details: "Invalid batch"));

        var exit = await _tool.RunAsync(_fake, TimeSpan.Zero, [file, "--batch-size", "10", "--failed", failed, "--rejected", rejected, "--overwrite"]);

        Assert.True(exit == 1, _tool.Output);
        Assert.Equal(new MigrationTool.Accounts(15, 0, 10, 0, 25), _tool.Summary());
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"c-{i:D2}"), (await File.ReadAllLinesAsync(failed)).Select(ExternalId));

        // Nothing was rejected: the named rejected file holds this run's rejections, none.
        Assert.Equal(["line,reason,row"], await File.ReadAllLinesAsync(rejected));
    }

    [Theory]
    [InlineData("Usage error: --failed {folder}/adir.jsonl is a folder; give a file path.", "--failed", "{folder}/adir.jsonl")]
    [InlineData("Usage error: --rejected {folder}/adir.jsonl is a folder; give a file path.", "--rejected", "{folder}/adir.jsonl")]
    [InlineData("Usage error: --failed {folder}/missing/f.jsonl cannot be written: the folder {folder}/missing does not exist.", "--failed", "{folder}/missing/f.jsonl")]
    [InlineData("Usage error: --rejected {folder}/missing/r.csv cannot be written: the folder {folder}/missing does not exist.", "--rejected", "{folder}/missing/r.csv")]
    [InlineData("Usage error: --failed {folder}/x.jsonl (written first as {folder}/x.jsonl.partial) is a folder; give a file path.", "--failed", "{folder}/x.jsonl")]
    [InlineData("Usage error: --failed cannot be an empty path.", "--failed", "")]
    [InlineData("Usage error: --rejected cannot be an empty path.", "--rejected", "")]
    [InlineData("Usage error: --failed must name a .jsonl file", "--failed", "{folder}/failed.csv")]
    [InlineData("Usage error: the rejected file {folder}/contacts.rejected.csv cannot be written: ", "{lock}", "contacts.rejected.csv")]
    [InlineData("Usage error: the failed file {folder}/contacts.failed.jsonl cannot be written: ", "{lock}", "contacts.failed.jsonl")]
    public async Task An_output_that_cannot_be_written_is_refused_with_the_reason_before_anything_is_read_or_sent(string message, string option, string path)
    {
        var file = await ContactsAsync(25, invalidRow: 5);
        Directory.CreateDirectory(_tool.PathOf("adir.jsonl"));
        Directory.CreateDirectory(_tool.PathOf("x.jsonl.partial"));
        using var locked = option == "{lock}" ? new FileStream(_tool.PathOf(path), FileMode.Create, FileAccess.ReadWrite, FileShare.None) : null;
        var before = Snapshot();

        var exit = await _tool.RunAsync(_fake, TimeSpan.Zero, option == "{lock}" ? [file] : [file, option, Expand(path)]);

        Assert.True(exit == 2, _tool.Output);
        Assert.Contains(Expand(message), _tool.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Validated", _tool.Output, StringComparison.Ordinal);
        Assert.Empty(_fake.Requests);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task When_the_failed_file_cannot_be_put_in_place_at_the_end_the_summary_names_the_partial_file_that_holds_the_records_and_it_exits_1()
    {
        var file = await ContactsAsync(25);
        var failed = _tool.PathOf("contacts.failed.jsonl");
        _fake.FailNext(FakeRoute.MigrateContacts, FakeFault.Status(422, details: "Invalid batch"));

        // Checked and writable when the run starts; a folder there by the time the failed records are written.
        var exit = await _tool.RunAsync(_fake, TimeSpan.Zero, [file, "--batch-size", "10"], beforeMigrating: () => Directory.CreateDirectory(failed));

        Assert.True(exit == 1, _tool.Output);
        Assert.Equal(new MigrationTool.Accounts(15, 0, 10, 0, 25), _tool.Summary());
        Assert.Contains($"The 10 records not migrated are in {failed}.partial, not in {failed}.", _tool.Output, StringComparison.Ordinal);
        Assert.Contains($"Send them again with: dotnet run --project samples/Masivo.Samples.Migration -- {failed}.partial --kind Contacts --batch-size 10", _tool.Output, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"c-{i:D2}"), (await File.ReadAllLinesAsync(failed + ".partial")).Select(ExternalId));
    }

    [Fact]
    public async Task When_the_failed_files_folder_is_gone_at_the_end_the_records_go_to_a_temporary_file_that_the_output_names()
    {
        var file = await ContactsAsync(25);
        var folder = Directory.CreateDirectory(_tool.PathOf("out")).FullName;
        _fake.FailNext(FakeRoute.MigrateContacts, FakeFault.Status(422, details: "Invalid batch"));

        var exit = await _tool.RunAsync(_fake, TimeSpan.Zero, [file, "--batch-size", "10", "--failed", Path.Combine(folder, "failed.jsonl")], beforeMigrating: () => Directory.Delete(folder));

        Assert.True(exit == 1, _tool.Output);
        Assert.Equal(new MigrationTool.Accounts(15, 0, 10, 0, 25), _tool.Summary());
        var match = System.Text.RegularExpressions.Regex.Match(_tool.Output, @"The 10 records not migrated are in (?<path>\S+masivo-failed-[0-9a-f]{32}\.jsonl), not in ");
        Assert.True(match.Success, _tool.Output);
        var spare = match.Groups["path"].Value;
        try
        {
            Assert.Equal(Enumerable.Range(1, 10).Select(i => $"c-{i:D2}"), (await File.ReadAllLinesAsync(spare)).Select(ExternalId));
            Assert.Matches(@"Failed records written to\s*│\s*" + System.Text.RegularExpressions.Regex.Escape(spare), _tool.Output);
        }
        finally
        {
            File.Delete(spare);
        }
    }

    [Fact]
    public async Task An_input_that_cannot_be_opened_is_exit_2_with_the_reason()
    {
        var file = await ContactsAsync(25);

        // Held by another writer (as a permission would, for a user who is not root): the input cannot be opened.
        await using (new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            var exit = await _tool.RunAsync(_fake, TimeSpan.Zero, [file]);

            Assert.True(exit == 2, _tool.Output);
        }

        Assert.Contains($"Usage error: {file} cannot be read: ", _tool.Output, StringComparison.Ordinal);
        Assert.Empty(_fake.Requests);
        Assert.False(File.Exists(_tool.PathOf("contacts.failed.jsonl")));
    }

    [Fact]
    public async Task The_resume_hint_keeps_the_time_zone_and_quotes_a_path_with_spaces_and_it_works()
    {
        var folder = Directory.CreateDirectory(_tool.PathOf("my dir")).FullName;
        var file = Path.Combine(folder, "c [x].csv");
        await File.WriteAllLinesAsync(file, ["external_id,email", .. Enumerable.Range(1, 25).Select(i => $"c-{i:D2},c{i}@example.com")]);
        _fake.FailNext(FakeRoute.MigrateContacts, FakeFault.Status(422, details: "Invalid batch"));

        var exit = await _tool.RunAsync(_fake, TimeSpan.Zero, [file, "--batch-size", "10", "--time-zone", "America/Lima"]);

        Assert.True(exit == 1, _tool.Output);
        var failed = Path.Combine(folder, "c [x].failed.jsonl");
        var quoted = OperatingSystem.IsWindows() ? $"\"{failed}\"" : $"'{failed}'";
        Assert.Contains($"Send them again with: dotnet run --project samples/Masivo.Samples.Migration -- {quoted} --kind Contacts --time-zone America/Lima --batch-size 10", _tool.Output, StringComparison.Ordinal);

        var sent = _fake.RequestsTo(FakeRoute.MigrateContacts).Count;
        using var again = new MigrationTool();
        Assert.Equal(0, await again.RunAsync(_fake, TimeSpan.Zero, [failed, "--kind", "Contacts", "--time-zone", "America/Lima", "--batch-size", "10"]));
        var resent = Assert.Single(_fake.RequestsTo(FakeRoute.MigrateContacts).Skip(sent));
        Assert.Equal("America/Lima", resent.Header("x-timezone"));
        Assert.Equal(10, resent.MigratedContacts!.Count);
    }

    private static string ExternalId(string jsonLine) =>
        System.Text.Json.JsonDocument.Parse(jsonLine).RootElement.GetProperty("external_id").GetString()!;

    private async Task<string> ContactsAsync(int count, int invalidRow = 0)
    {
        var file = _tool.PathOf("contacts.csv");
        await File.WriteAllLinesAsync(file, ["external_id,email", .. Enumerable.Range(1, count).Select(i => i == invalidRow ? "," : $"c-{i:D2},c{i}@example.com")]);
        return file;
    }

    /// <summary>A CSV and a JSON Lines file of contacts, and the JSON Lines one again under a name ending in .partial.</summary>
    private async Task WriteInputsAsync()
    {
        await ContactsAsync(25, invalidRow: 5);
        string[] lines = [.. Enumerable.Range(1, 25).Select(i => $$"""{"external_id":"c-{{i}}"}""")];
        await File.WriteAllLinesAsync(_tool.PathOf("contacts.jsonl"), lines);
        await File.WriteAllLinesAsync(_tool.PathOf("contacts.jsonl.partial"), lines);
    }

    private string[] Expand(string[] args) => args.Select(Expand).ToArray();

    private string Expand(string text) => text.Replace("{folder}", _tool.Folder, StringComparison.Ordinal);

    /// <summary>Every file and folder under the test's folder, with its content (or that it cannot be read: the test holds it locked).</summary>
    private List<string> Snapshot() =>
        Directory.EnumerateFileSystemEntries(_tool.Folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => File.Exists(path) && File.ResolveLinkTarget(path, returnFinalTarget: false) is null ? path + ":" + Content(path) : path)
            .ToList();

    private static string Content(string path)
    {
        try
        {
            return Convert.ToHexString(File.ReadAllBytes(path));
        }
        catch (IOException)
        {
            return "(locked)";
        }
    }
}
