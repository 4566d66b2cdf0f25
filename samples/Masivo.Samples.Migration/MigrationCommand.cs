using System.CommandLine;
using Masivo.Sdk;
using Spectre.Console;

namespace Masivo.Samples.Migration;

/// <summary>
/// The command line of the migration tool. Every mistake on it (an unknown option, a value that does
/// not parse or is out of range, an empty path) is reported with its reason and exits with
/// <see cref="ExitCodes.Usage"/> before the file is read; so do the files a run cannot use (see <see cref="RunFiles"/>).
/// </summary>
internal static class MigrationCommand
{
    /// <summary>How long Ctrl+C waits for the run to write what it did not migrate before the process ends.</summary>
    private static readonly TimeSpan CancellationGrace = TimeSpan.FromMinutes(1);

    public static async Task<int> InvokeAsync(
        IAnsiConsole console, IReadOnlyList<string> args, Func<TimeSpan?, Task<MasivoConnection>>? connect = null, CancellationToken cancellationToken = default)
    {
        var parsed = Create(console, connect ?? MasivoConnection.OpenAsync).Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                console.MarkupLineInterpolated($"[red]Usage error:[/] {error.Message}");
            }

            console.MarkupLine("Run with --help to see the options.");
            return ExitCodes.Usage;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = CancellationGrace }, cancellationToken);
    }

    private static RootCommand Create(IAnsiConsole console, Func<TimeSpan?, Task<MasivoConnection>> connect)
    {
        var file = new Argument<string?>("file") { Description = "A .csv (header of Masivo field names) or .jsonl file; customers' events and transactions are .jsonl only. Without it, a sample file of contacts is generated.", Arity = ArgumentArity.ZeroOrOne };
        var kind = new Option<RecordKind>("--kind")
        {
            Description = """What the file holds: Contacts, Customers, CustomerEvents ({"id":…,"events":[…]} per line) or CustomerTransactions ({"id":…,"transactions":[…]} per line).""",
            DefaultValueFactory = _ => RecordKind.Contacts,
            CustomParser = OptionValues.ParseKind,
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Validate every row and report, but send nothing." };
        var batchSize = new Option<int?>("--batch-size")
        {
            Description = FormattableString.Invariant(
                $"Records per request, 1 to {RecordKinds.MaxBatchSize:N0} (default: {ContactsClient.DefaultMigrationBatchSize:N0} contacts, {CustomersClient.DefaultMigrationBatchSize:N0} customers); for CustomerEvents and CustomerTransactions, customers per request, 1 to {RecordKind.CustomerEvents.BatchSizeLimit():N0} (default {RecordKind.CustomerEvents.DefaultBatchSize():N0}), and a request is also closed at {CustomersClient.MaxMigratedEventsPerRequest:N0} events or transactions in all."),
            CustomParser = result => OptionValues.ParseNumber(result, 1, RecordKinds.MaxBatchSize, FormattableString.Invariant($"a whole number from 1 to {RecordKinds.MaxBatchSize:N0} (Masivo's limit per migration request)")),
        };
        var timeZone = new Option<string?>("--time-zone") { Description = "IANA time zone of the contacts' dates, sent as x-timezone (contacts only)." };
        var rejected = new Option<string?>("--rejected") { Description = "Where rejected rows and their reasons go, as CSV (default: <file>.rejected.csv). An existing file is replaced only with --overwrite." };
        var failed = new Option<string?>("--failed") { Description = "Where the records not migrated go, as JSON Lines to migrate again; a .jsonl path (default: <file>.failed.jsonl). An existing file is replaced only with --overwrite." };
        var overwrite = new Option<bool>("--overwrite") { Description = "Let --rejected and --failed replace files that already exist (the default <file>.rejected.csv and <file>.failed.jsonl are the tool's own and always replaced)." };
        var count = new Option<int>("--sample-count")
        {
            Description = "How many contacts the generated sample file holds, at least 1.",
            DefaultValueFactory = _ => 50_000,
            CustomParser = result => OptionValues.ParseNumber(result, 1, int.MaxValue, "a whole number, at least 1") ?? 0,
        };
        var interval = new Option<double?>("--interval-ms")
        {
            Description = "Spacing of migration requests in milliseconds, 0 to 3,600,000; defaults to Masivo's 5 s, or 100 ms on the fake server.",
            CustomParser = result => OptionValues.ParseNumber(result, 0d, TimeSpan.FromHours(1).TotalMilliseconds, "a number of milliseconds from 0 to 3,600,000 (one hour)"),
        };

        file.Validators.Add(OptionValues.RefuseOptionsAsFiles);
        timeZone.Validators.Add(OptionValues.RequireIanaTimeZone);
        rejected.Validators.Add(OptionValues.RequireOutputPath);
        failed.Validators.Add(OptionValues.RequireOutputPath);
        failed.Validators.Add(OptionValues.RequireJsonLinesPath);

        var command = new RootCommand("Migrates contacts or customers from a CSV or JSON Lines file, or customers' past events or transactions from a JSON Lines file, into Masivo.")
        {
            file, kind, dryRun, batchSize, timeZone, rejected, failed, overwrite, count, interval,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            // Checked once every value parsed: what the other options cannot be for the kind.
            var kindProblems = OptionValues.KindProblems(
                result.GetValue(kind), result.GetValue(file) is not null, result.GetValue(timeZone) is not null, result.GetValue(batchSize)).ToList();
            foreach (var problem in kindProblems)
            {
                console.MarkupLineInterpolated($"[red]Usage error:[/] {problem}");
            }

            if (kindProblems.Count > 0)
            {
                return ExitCodes.Usage;
            }

            var settings = new MigrationSettings(
                result.GetValue(file) is { } path ? Path.GetFullPath(path) : null,
                result.GetValue(kind),
                result.GetValue(dryRun),
                result.GetValue(batchSize),
                result.GetValue(timeZone),
                result.GetValue(rejected),
                result.GetValue(failed),
                result.GetValue(overwrite),
                result.GetValue(count),
                result.GetValue(interval) is { } ms ? TimeSpan.FromMilliseconds(ms) : null);
            return await ToolRun.RunAsync(console, settings, connect, cancellationToken);
        });
        return command;
    }
}
