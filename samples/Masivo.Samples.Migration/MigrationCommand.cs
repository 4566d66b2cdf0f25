using System.CommandLine;
using Spectre.Console;

namespace Masivo.Samples.Migration;

/// <summary>The command line of the migration tool.</summary>
internal static class MigrationCommand
{
    public static RootCommand Create(IAnsiConsole console)
    {
        var file = new Argument<FileInfo?>("file") { Description = "A .csv (header of Masivo field names) or .jsonl file. Without it, a sample file of contacts is generated.", Arity = ArgumentArity.ZeroOrOne };
        var kind = new Option<RecordKind>("--kind") { Description = "What the file holds.", DefaultValueFactory = _ => RecordKind.Contacts };
        var dryRun = new Option<bool>("--dry-run") { Description = "Validate every row and report, but send nothing." };
        var batchSize = new Option<int?>("--batch-size") { Description = "Records per request (contacts at most 10,000; customers 1,000 by default)." };
        var timeZone = new Option<string?>("--time-zone") { Description = "IANA time zone of the contacts' dates, sent as x-timezone." };
        var rejected = new Option<string?>("--rejected") { Description = "Where rejected rows and their reasons go (default: <file>.rejected.csv)." };
        var failed = new Option<string?>("--failed") { Description = "Where the records of failed batches go, as JSON Lines to migrate again (default: <file>.failed.jsonl)." };
        var count = new Option<int>("--sample-count") { Description = "How many contacts the generated sample file holds.", DefaultValueFactory = _ => 50_000 };
        var interval = new Option<double?>("--interval-ms") { Description = "Spacing of migration requests; defaults to Masivo's 5 s, or 100 ms on the fake server." };

        var command = new RootCommand("Migrates contacts or customers from a CSV or JSON Lines file into Masivo.")
        {
            file, kind, dryRun, batchSize, timeZone, rejected, failed, count, interval,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var settings = new MigrationSettings(
                result.GetValue(file)?.FullName,
                result.GetValue(kind),
                result.GetValue(dryRun),
                result.GetValue(batchSize),
                result.GetValue(timeZone),
                result.GetValue(rejected),
                result.GetValue(failed),
                result.GetValue(count),
                result.GetValue(interval) is { } ms ? TimeSpan.FromMilliseconds(ms) : null);
            return await RunAsync(console, settings, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(IAnsiConsole console, MigrationSettings settings, CancellationToken cancellationToken)
    {
        var path = settings.File;
        if (path is null)
        {
            path = Path.Combine(Path.GetTempPath(), $"masivo-sample-contacts-{Environment.ProcessId}.csv");
            await SampleFile.WriteContactsAsync(path, settings.SampleCount);
            console.MarkupLineInterpolated($"Generated {settings.SampleCount:N0} sample contacts in {path}.");
            settings = settings with { Kind = RecordKind.Contacts };
        }
        else if (!File.Exists(path))
        {
            console.MarkupLineInterpolated($"[red]No such file:[/] {path}");
            return 2;
        }

        try
        {
            return await new MigrationRunner(console, settings).RunAsync(path, cancellationToken);
        }
        catch (ArgumentException error)
        {
            console.MarkupLineInterpolated($"[red]{error.Message}[/]");
            return 2;
        }
        finally
        {
            if (settings.File is null)
            {
                // The generated sample and its (empty) rejected file are the tool's own: nothing to keep.
                // A failed-records file, if any, stays: it is the run's output.
                File.Delete(path);
                if (settings.RejectedFile is null)
                {
                    File.Delete(Path.ChangeExtension(path, ".rejected.csv"));
                }
            }
        }
    }
}
