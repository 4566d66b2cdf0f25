using System.Globalization;
using System.Text.RegularExpressions;
using Masivo.Samples.Migration;
using Masivo.Sdk.Testing;
using Spectre.Console;

namespace Masivo.Samples.Tests;

/// <summary>
/// Runs the migration tool in-process, as its command line would, on files in a temporary folder,
/// with its console output captured; against the tool's own embedded fake Masivo or a test's.
/// </summary>
internal sealed partial class MigrationTool : IDisposable
{
    private readonly StringWriter _output = new();
    private readonly IAnsiConsole _console;

    public MigrationTool()
    {
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(_output),
        });
        // Wide enough that a long path or command is printed on one line.
        _console.Profile.Width = 400;
    }

    public string Folder { get; } = Directory.CreateTempSubdirectory("masivo-migration-sample-").FullName;

    public string Output => _output.ToString();

    public string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Runs against the tool's own connection: the embedded fake server (no MASIVO_* variables are set in tests).</summary>
    public Task<int> RunAsync(params string[] args) => MigrationCommand.InvokeAsync(_console, args);

    /// <summary>Runs against <paramref name="fake"/>; <paramref name="beforeMigrating"/> runs after validation, when the tool connects.</summary>
    public Task<int> RunAsync(MasivoFakeServer fake, TimeSpan interval, string[] args, Action? beforeMigrating = null, CancellationToken cancellationToken = default) =>
        MigrationCommand.InvokeAsync(
            _console,
            args,
            _ =>
            {
                beforeMigrating?.Invoke();
                return Task.FromResult(MasivoConnection.ToFake(fake, interval, ownsFake: false));
            },
            cancellationToken);

    /// <summary>The closing line that says where every row went, such as <c>15 migrated + 0 rejected + 10 failed = 25 rows.</c>, or with <c>+ 10 to check</c> (or <c>= 1 row.</c>).</summary>
    public Accounts Summary()
    {
        var match = SummaryLine().Match(Output);
        Assert.True(match.Success, "No summary line in the output:\n" + Output);
        return new Accounts(
            Number(match.Groups["migrated"].Value),
            Number(match.Groups["rejected"].Value),
            Number(match.Groups["failed"].Value),
            match.Groups["notRead"].Success ? Number(match.Groups["notRead"].Value) : 0,
            Number(match.Groups["rows"].Value))
        {
            ToCheck = match.Groups["check"].Success ? Number(match.Groups["check"].Value) : 0,
        };
    }

    public void Dispose()
    {
        _output.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    private static int Number(string text) => int.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<migrated>[\d,]+) migrated \+ (?<rejected>[\d,]+) rejected \+ (?<failed>[\d,]+) failed(?: \+ (?<check>[\d,]+) to check)?(?: \+ (?<notRead>[\d,]+) not read)? = (?<rows>[\d,]+) rows?\.")]
    private static partial Regex SummaryLine();

    /// <summary>Where the rows went; <see cref="ToCheck"/> counts the records that may have been processed (the history kinds' check file).</summary>
    public sealed record Accounts(int Migrated, int Rejected, int Failed, int NotRead, int Rows)
    {
        public int ToCheck { get; init; }
    }
}
