using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Masivo.Sdk;
using Spectre.Console;

namespace Masivo.Samples.Migration;

/// <summary>Validates every row, migrates the valid ones with a live progress bar, and reports.</summary>
internal sealed class MigrationRunner(IAnsiConsole console, MigrationSettings settings)
{
    public async Task<int> RunAsync(string file, CancellationToken cancellationToken)
    {
        return settings.Kind == RecordKind.Customers
            ? await RunAsync<CustomerMigrationRecord>(file, (client, records, options, token) => client.Customers.MigrateAsync(records, options, token), cancellationToken)
            : await RunAsync<ContactMigrationRecord>(file, (client, records, options, token) => client.Contacts.MigrateAsync(records, options, token), cancellationToken);
    }

    private async Task<int> RunAsync<T>(
        string file,
        Func<MasivoClient, IAsyncEnumerable<T>, MigrationOptions, CancellationToken, Task<MigrationResult<T>>> migrate,
        CancellationToken cancellationToken)
        where T : class
    {
        var rejectedFile = settings.RejectedFile ?? Path.ChangeExtension(file, ".rejected.csv");
        var (valid, rejected) = await ValidateAsync<T>(file, rejectedFile, cancellationToken);
        console.MarkupLineInterpolated($"Validated [bold]{valid + rejected:N0}[/] rows: [green]{valid:N0} valid[/], [red]{rejected:N0} rejected[/]{(rejected > 0 ? $" (reasons in {rejectedFile})" : string.Empty)}.");
        if (settings.DryRun)
        {
            console.MarkupLine("Dry run: nothing was sent.");
            return 0;
        }

        if (valid == 0)
        {
            console.MarkupLine("[red]No valid rows to migrate.[/]");
            return 1;
        }

        await using var masivo = await MasivoConnection.OpenAsync(settings.Interval);
        console.MarkupLineInterpolated($"Migrating {settings.Kind.ToString().ToLowerInvariant()} to {masivo.Description}.");

        MigrationResult<T> result;
        try
        {
            result = await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("starting", maxValue: valid);
                    var options = new MigrationOptions
                    {
                        BatchSize = settings.BatchSize,
                        TimeZone = settings.TimeZone,
                        ContinueOnBatchFailure = true,
                        Progress = new InlineProgress(p =>
                        {
                            task.Value = p.RecordsSucceeded + p.RecordsFailed;
                            task.Description = Describe(p);
                        }),
                    };
                    return await migrate(masivo.Client, ValidRecordsAsync<T>(file, cancellationToken), options, cancellationToken);
                });
        }
        catch (MasivoMigrationCanceledException cancelled)
        {
            console.MarkupLineInterpolated($"[yellow]Cancelled.[/] {cancelled.Result.SucceededRecords:N0} records were acknowledged; resume with the rows after {cancelled.Result.NextRecordIndex:N0}.");
            return 130;
        }

        var failedFile = settings.FailedFile ?? Path.ChangeExtension(file, ".failed.jsonl");
        await WriteFailedAsync(result, failedFile);
        console.Write(Summary(result, valid, rejected, failedFile));
        return result.IsSuccess ? 0 : 1;
    }

    private static string Describe(MigrationProgress p)
    {
        var rate = p.Elapsed.TotalSeconds > 0 ? p.RecordsSucceeded / p.Elapsed.TotalSeconds : 0;
        var left = p.EstimatedTimeRemaining is { } eta ? $", ~{eta.TotalSeconds:0}s left" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{p.RecordsSucceeded:N0} ok, {p.RecordsFailed:N0} failed, {p.BatchesCompleted} batches, {rate:N0}/s{left}");
    }

    private async Task<(int Valid, int Rejected)> ValidateAsync<T>(string file, string rejectedFile, CancellationToken cancellationToken)
        where T : class
    {
        int valid = 0, rejected = 0;
        StreamWriter? writer = null;
        try
        {
            await foreach (var row in RecordFile.ReadAsync<T>(file, cancellationToken))
            {
                if (row.Rejection is null)
                {
                    valid++;
                    continue;
                }

                rejected++;
                if (writer is null)
                {
                    writer = new StreamWriter(rejectedFile);
                    await writer.WriteLineAsync("line,reason,row");
                }

                await writer.WriteLineAsync($"{row.Line},{Csv.Escape(row.Rejection)},{Csv.Escape(row.Raw)}");
            }
        }
        finally
        {
            if (writer is not null)
            {
                await writer.DisposeAsync();
            }
        }

        if (rejected == 0 && File.Exists(rejectedFile))
        {
            File.Delete(rejectedFile);
        }

        return (valid, rejected);
    }

    private static async IAsyncEnumerable<T> ValidRecordsAsync<T>(string file, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        await foreach (var row in RecordFile.ReadAsync<T>(file, cancellationToken))
        {
            if (row.Rejection is null)
            {
                yield return row.Record!;
            }
        }
    }

    private static async Task WriteFailedAsync<T>(MigrationResult<T> result, string failedFile)
    {
        if (result.FailedBatches.Count == 0)
        {
            if (File.Exists(failedFile))
            {
                File.Delete(failedFile);
            }

            return;
        }

        // JSON Lines of the failed records: give this file back to the tool to send them again.
        await using var writer = new StreamWriter(failedFile);
        foreach (var record in result.FailedBatches.SelectMany(b => b.Records ?? []))
        {
            await writer.WriteLineAsync(JsonSerializer.Serialize(record, RecordFile.Json));
        }
    }

    private static Table Summary<T>(MigrationResult<T> result, int valid, int rejected, string failedFile)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("").AddColumn(new TableColumn("").RightAligned());
        var rate = result.Elapsed.TotalSeconds > 0 ? result.SucceededRecords / result.Elapsed.TotalSeconds : 0;
        table.AddRow("Rows valid", valid.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("Rows rejected", rejected.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("Records acknowledged", result.SucceededRecords.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("Records failed", result.FailedRecords.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("Batches", $"{result.Batches.Count} ({result.FailedBatches.Count} failed)");
        table.AddRow("Elapsed", result.Elapsed.ToString(@"hh\:mm\:ss\.f", CultureInfo.InvariantCulture));
        table.AddRow("Rate", rate.ToString("N0", CultureInfo.InvariantCulture) + " records/s");
        if (result.FailedBatches.Count > 0)
        {
            table.AddRow("Failed records written to", Markup.Escape(failedFile));
            foreach (var batch in result.FailedBatches.Take(5))
            {
                table.AddRow($"  batch {batch.BatchIndex}", Markup.Escape(batch.Error?.Message ?? "failed"));
            }
        }

        return table.Title("Migration summary");
    }

    private sealed class InlineProgress(Action<MigrationProgress> report) : IProgress<MigrationProgress>
    {
        public void Report(MigrationProgress value) => report(value);
    }
}
