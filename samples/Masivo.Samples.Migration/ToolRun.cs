using Spectre.Console;

namespace Masivo.Samples.Migration;

/// <summary>
/// One invocation: resolves the input (the given file, or a generated sample removed afterwards),
/// runs the migration, and turns what ends a run before anything is sent into its exit code.
/// </summary>
internal static class ToolRun
{
    public static async Task<int> RunAsync(IAnsiConsole console, MigrationSettings settings, Func<TimeSpan?, Task<MasivoConnection>> connect, CancellationToken cancellationToken)
    {
        var path = settings.File;
        if (path is null)
        {
            path = Path.Combine(Path.GetTempPath(), $"masivo-sample-contacts-{Environment.ProcessId}-{Guid.NewGuid():N}.csv");
            await SampleFile.WriteContactsAsync(path, settings.SampleCount);
            console.MarkupLineInterpolated($"Generated {settings.SampleCount:N0} sample contacts in {path}.");
            settings = settings with { Kind = RecordKind.Contacts };
        }
        else if (!File.Exists(path))
        {
            console.MarkupLineInterpolated($"[red]No such file:[/] {path}");
            return ExitCodes.Usage;
        }

        try
        {
            return await new MigrationRunner(console, settings, connect).RunAsync(path, cancellationToken);
        }
        catch (ArgumentException error)
        {
            // Options the SDK refuses before anything is sent.
            console.MarkupLineInterpolated($"[red]{error.Message}[/]");
            return ExitCodes.Usage;
        }
        catch (CsvHelper.CsvFormatException error)
        {
            console.MarkupLineInterpolated($"[red]The file cannot be read as CSV:[/] {error.Message}");
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.MarkupLine("[yellow]Cancelled[/] before anything was sent.");
            return ExitCodes.Cancelled;
        }
        finally
        {
            if (settings.File is null)
            {
                // The generated sample and its rejected file are the tool's own: nothing to keep.
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
