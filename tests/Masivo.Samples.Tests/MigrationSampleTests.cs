namespace Masivo.Samples.Tests;

public sealed class MigrationSampleTests : IDisposable
{
    private readonly MigrationTool _tool = new();

    public void Dispose() => _tool.Dispose();

    [Fact]
    public async Task With_no_arguments_it_migrates_50000_generated_contacts_and_exits_3_for_the_5_rows_rejected_on_purpose()
    {
        var exit = await _tool.RunAsync();

        var text = _tool.Output;
        Assert.True(exit == 3, text);
        Assert.Contains("Generated 50,000 sample contacts", text, StringComparison.Ordinal);
        Assert.Contains("49,995 valid, 5 rejected", text, StringComparison.Ordinal);
        Assert.Matches(@"Migrated \(acknowledged\)\s*│\s*49,995", text);
        Assert.Equal(new MigrationTool.Accounts(49_995, 5, 0, 0, 50_000), _tool.Summary());
    }

    [Fact]
    public async Task A_dry_run_validates_writes_rejected_rows_with_reasons_sends_nothing_and_exits_3()
    {
        var file = _tool.PathOf("customers.csv");
        await File.WriteAllTextAsync(file, """
            id,name,email,registration_date,document_type,document_number
            c-1,Ana,ana@example.com,2024-01-01T00:00:00Z,,
            c-2,"García, Luis",luis@example.com,2024-01-01T00:00:00Z,DNI,
            ,Sin Id,x@example.com,2024-01-01T00:00:00Z,,
            """);

        var exit = await _tool.RunAsync(file, "--kind", "Customers", "--dry-run");

        Assert.Equal(3, exit);
        Assert.Contains("1 valid", _tool.Output, StringComparison.Ordinal);
        var rejected = await File.ReadAllLinesAsync(_tool.PathOf("customers.rejected.csv"));
        Assert.Equal("line,reason,row", rejected[0]);
        Assert.Contains(rejected, line => line.StartsWith("3,has only one of document_type and document_number", StringComparison.Ordinal));
        Assert.Contains(rejected, line => line.StartsWith("4,misses id", StringComparison.Ordinal));
        Assert.DoesNotContain("Migrating", _tool.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_of_a_file_without_rejections_exits_0()
    {
        var file = _tool.PathOf("contacts.csv");
        await File.WriteAllLinesAsync(file, ["external_id,email", "c-1,ana@example.com", "c-2,luis@example.com"]);

        Assert.Equal(0, await _tool.RunAsync(file, "--dry-run"));
        Assert.False(File.Exists(_tool.PathOf("contacts.rejected.csv")));
    }

    [Fact]
    public async Task A_json_lines_file_of_customers_is_migrated()
    {
        var file = _tool.PathOf("customers.jsonl");
        await File.WriteAllLinesAsync(file, Enumerable.Range(0, 25).Select(i =>
            $$"""{"id":"k-{{i}}","name":"Name {{i}}","email":"k{{i}}@example.com","registration_date":"2024-01-01T00:00:00Z"}"""));

        var exit = await _tool.RunAsync(file, "--kind", "Customers", "--batch-size", "10");

        var text = _tool.Output;
        Assert.True(exit == 0, text);
        Assert.Matches(@"Batches\s*│\s*3 \(0 failed\)", text);
        Assert.Equal(new MigrationTool.Accounts(25, 0, 0, 0, 25), _tool.Summary());
        Assert.False(File.Exists(_tool.PathOf("customers.failed.jsonl")));
    }

    /// <summary>The SDK refuses these ids (they travel in request paths): the first pass rejects them, so they never stop the migration mid-stream.</summary>
    [Theory]
    [InlineData("..", "has the id '..', which is a relative path segment, not an id")]
    [InlineData(".", "has the id '.', which is a relative path segment, not an id")]
    [InlineData("a\\u0007b", "has an id holding a control character (U+0007) at index 1")]
    [InlineData("{long}", "has an id of 1,025 characters; an id travels in request paths and may have at most 1,024")]
    public async Task A_customer_whose_id_the_SDK_refuses_is_rejected_in_the_first_pass_with_its_line_and_reason(string id, string reason)
    {
        id = id.Replace("{long}", new string('k', 1_025), StringComparison.Ordinal);
        var file = _tool.PathOf("customers.jsonl");
        await File.WriteAllLinesAsync(file, new[] { "k-1", id, "k-3" }.Select(customer =>
            $$"""{"id":"{{customer}}","name":"Name","email":"k@example.com","registration_date":"2024-01-01T00:00:00Z"}"""));

        var exit = await _tool.RunAsync(file, "--kind", "Customers");

        Assert.True(exit == 3, _tool.Output);
        Assert.Equal(new MigrationTool.Accounts(2, 1, 0, 0, 3), _tool.Summary());
        Assert.DoesNotContain("The migration stopped", _tool.Output, StringComparison.Ordinal);
        var rejected = new List<IReadOnlyList<string>>();
        await foreach (var line in Masivo.Samples.Migration.CsvLines.ReadAsync(_tool.PathOf("customers.rejected.csv")))
        {
            rejected.Add(line.Fields!);
        }

        Assert.Equal("2", Assert.Single(rejected)[0]);
        Assert.Equal(reason, rejected[0][1]);
    }

    [Fact]
    public async Task A_missing_file_is_exit_code_2()
    {
        Assert.Equal(2, await _tool.RunAsync(_tool.PathOf("nope.csv")));
    }
}
