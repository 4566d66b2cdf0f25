using System.Globalization;
using Masivo.Sdk;
using Spectre.Console;

namespace Masivo.Samples.Migration;

/// <summary>The table printed at the end of a run, and the line that shows the rows add up.</summary>
internal static class MigrationSummary
{
    public static void Write<T>(IAnsiConsole console, MigrationAccount account, MigrationResult<T>? result, string? rejectedFile, string? failedFile)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn(string.Empty).AddColumn(new TableColumn(string.Empty).RightAligned());
        table.AddRow(Markup.Escape(RowsLabel(account.Input)), N(account.Rows));
        table.AddRow("Migrated (acknowledged)", N(account.Migrated));
        table.AddRow("Rejected", N(account.Rejected));
        table.AddRow("Failed", N(account.Failed));
        if (account.ToCheck > 0)
        {
            table.AddRow("May have been processed (to check)", N(account.ToCheck));
        }

        if (account.NotRead > 0)
        {
            table.AddRow("Not read (input unreadable)", N(account.NotRead));
        }

        if (result is not null)
        {
            var rate = result.Elapsed.TotalSeconds > 0 ? result.SucceededRecords / result.Elapsed.TotalSeconds : 0;
            table.AddRow("Batches", string.Create(CultureInfo.InvariantCulture, $"{result.Batches.Count} ({result.FailedBatches.Count} failed)"));
            table.AddRow("Elapsed", result.Elapsed.ToString(@"hh\:mm\:ss\.f", CultureInfo.InvariantCulture));
            table.AddRow("Rate", rate.ToString("N0", CultureInfo.InvariantCulture) + " records/s");
        }

        foreach (var (line, reason) in account.Input.FirstRejections)
        {
            table.AddRow(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"  line {line:N0}")), Markup.Escape(reason));
        }

        if (rejectedFile is not null && account.Rejected > 0)
        {
            table.AddRow("Rejected rows written to", Markup.Escape(rejectedFile));
        }

        foreach (var batch in result?.FailedBatches.Take(5) ?? [])
        {
            table.AddRow(string.Create(CultureInfo.InvariantCulture, $"  batch {batch.BatchIndex}"), Markup.Escape(batch.Error?.Message ?? "failed"));
        }

        if (failedFile is not null && account.Failed > 0)
        {
            table.AddRow("Failed records written to", Markup.Escape(failedFile));
        }

        console.Write(table.Title("Migration summary"));
        var notRead = account.NotRead > 0 ? $" + {N(account.NotRead)} not read" : string.Empty;
        var check = account.ToCheck > 0 ? $" + {N(account.ToCheck)} to check" : string.Empty;
        var sum = $"{N(account.Migrated)} migrated + {N(account.Rejected)} rejected + {N(account.Failed)} failed{check}{notRead} = {N(account.Rows)} {(account.Rows == 1 ? "row" : "rows")}";
        console.MarkupLine(Markup.Escape(sum) + (account.AddsUp ? "." : " [red](the input changed during the run)[/]"));
    }

    private static string RowsLabel(InputCount input) =>
        input.Rows == 0 ? "Rows in the file" : string.Create(CultureInfo.InvariantCulture, $"Rows in the file (lines {input.FirstLine:N0}–{input.LastLine:N0})");

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
