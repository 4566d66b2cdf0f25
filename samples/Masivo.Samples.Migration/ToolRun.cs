using Spectre.Console;

namespace Masivo.Samples.Migration;

/// <summary>
/// One invocation: resolves the input (the given file, or a generated sample removed afterwards) and
/// the output files, refuses (with <see cref="ExitCodes.Usage"/>) an input it cannot read (a CSV file for
/// customers' events or transactions among them) or outputs it cannot write before anything is read or
/// sent, and runs the migration.
/// </summary>
internal static class ToolRun
{
    public static async Task<int> RunAsync(IAnsiConsole console, MigrationSettings settings, Func<TimeSpan?, Task<MasivoConnection>> connect, CancellationToken cancellationToken)
    {
        var path = settings.File ?? Path.Combine(Path.GetTempPath(), $"masivo-sample-contacts-{Environment.ProcessId}-{Guid.NewGuid():N}.csv");
        if (settings.File is not null && InputProblem(path) is { } inputProblem)
        {
            console.MarkupLineInterpolated($"[red]{inputProblem}[/]");
            return ExitCodes.Usage;
        }

        if (settings.File is not null && !settings.Kind.ReadsCsv() && RecordFile.IsCsv(path))
        {
            console.MarkupLineInterpolated($"[red]Usage error:[/] --kind {settings.Kind} reads JSON Lines only, one customer's {settings.Kind.ItemName()} per line, such as {OptionValues.Example(settings.Kind)}; {path} is a CSV file. Nothing was read or sent.");
            return ExitCodes.Usage;
        }

        var files = RunFiles.For(path, settings);
        if (files.Problem(settings.Overwrite) is { } outputProblem)
        {
            console.MarkupLineInterpolated($"[red]Usage error:[/] {outputProblem}");
            return ExitCodes.Usage;
        }

        try
        {
            if (settings.File is null)
            {
                await SampleFile.WriteContactsAsync(path, settings.SampleCount);
                console.MarkupLineInterpolated($"Generated {settings.SampleCount:N0} sample contacts in {path}.");
                settings = settings with { Kind = RecordKind.Contacts };
            }

            return await new MigrationRunner(console, settings, connect).RunAsync(files, cancellationToken);
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
                if (files.Rejected.IsDefault)
                {
                    File.Delete(files.Rejected.Path);
                }
            }
        }
    }

    /// <summary>Why the input cannot be read (no such file, a folder, no permission, locked), or <see langword="null"/>.</summary>
    private static string? InputProblem(string path)
    {
        if (Directory.Exists(path))
        {
            return $"Usage error: {path} is a folder, not a file.";
        }

        if (!File.Exists(path))
        {
            return "No such file: " + path;
        }

        try
        {
            using (File.OpenRead(path))
            {
                return null;
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return $"Usage error: {path} cannot be read: {error.Message}";
        }
    }
}
