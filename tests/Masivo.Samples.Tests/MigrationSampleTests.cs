using Masivo.Samples.Migration;
using Spectre.Console;

namespace Masivo.Samples.Tests;

public sealed class MigrationSampleTests : IDisposable
{
    private readonly StringWriter _output = new();
    private readonly IAnsiConsole _console;
    private readonly string _folder = Directory.CreateTempSubdirectory("masivo-migration-sample-").FullName;

    public MigrationSampleTests()
    {
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(_output),
        });
        _console.Profile.Width = 200;
    }

    public void Dispose()
    {
        _output.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private Task<int> Run(params string[] args) => MigrationCommand.Create(_console).Parse(args).InvokeAsync();

    [Fact]
    public async Task With_no_arguments_it_generates_50000_contacts_and_migrates_them_to_the_fake_server()
    {
        var exit = await Run();

        var text = _output.ToString();
        Assert.True(exit == 0, text);
        Assert.Contains("Generated 50,000 sample contacts", text, StringComparison.Ordinal);
        Assert.Contains("49,995 valid, 5 rejected", text, StringComparison.Ordinal);
        Assert.Matches(@"Records acknowledged\s*│\s*49,995", text);
        Assert.Matches(@"Records failed\s*│\s*0", text);
    }

    [Fact]
    public async Task A_dry_run_validates_writes_rejected_rows_with_reasons_and_sends_nothing()
    {
        var file = Path.Combine(_folder, "customers.csv");
        await File.WriteAllTextAsync(file, """
            id,name,email,registration_date,document_type,document_number
            c-1,Ana,ana@example.com,2024-01-01T00:00:00Z,,
            c-2,"García, Luis",luis@example.com,2024-01-01T00:00:00Z,DNI,
            ,Sin Id,x@example.com,2024-01-01T00:00:00Z,,
            """);

        var exit = await Run(file, "--kind", "Customers", "--dry-run");

        Assert.Equal(0, exit);
        Assert.Contains("1 valid", _output.ToString(), StringComparison.Ordinal);
        var rejected = await File.ReadAllLinesAsync(Path.Combine(_folder, "customers.rejected.csv"));
        Assert.Equal("line,reason,row", rejected[0]);
        Assert.Contains(rejected, line => line.StartsWith("3,has only one of document_type and document_number", StringComparison.Ordinal));
        Assert.Contains(rejected, line => line.StartsWith("4,misses id", StringComparison.Ordinal));
        Assert.DoesNotContain("Migrating", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_lines_file_of_customers_is_migrated()
    {
        var file = Path.Combine(_folder, "customers.jsonl");
        await File.WriteAllLinesAsync(file, Enumerable.Range(0, 25).Select(i =>
            $$"""{"id":"k-{{i}}","name":"Name {{i}}","email":"k{{i}}@example.com","registration_date":"2024-01-01T00:00:00Z"}"""));

        var exit = await Run(file, "--kind", "Customers", "--batch-size", "10");

        var text = _output.ToString();
        Assert.True(exit == 0, text);
        Assert.Matches(@"Records acknowledged\s*│\s*25", text);
        Assert.Matches(@"Batches\s*│\s*3 \(0 failed\)", text);
    }

    [Fact]
    public async Task A_missing_file_is_exit_code_2()
    {
        Assert.Equal(2, await Run(Path.Combine(_folder, "nope.csv")));
    }
}
