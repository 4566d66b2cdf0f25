using Masivo.Sdk;
using Spectre.Console;

namespace Masivo.Samples.Migration;

/// <summary>
/// One run of the tool: counts and validates every row (writing rejected rows), migrates the valid
/// ones with a live progress bar, writes what was not migrated to the failed file, and reports where
/// every row went. Returns the exit code (see <see cref="ExitCodes"/>).
/// </summary>
internal sealed class MigrationRunner(IAnsiConsole console, MigrationSettings settings, Func<TimeSpan?, Task<MasivoConnection>> connect)
{
    private delegate Task<MigrationResult<T>> Migrate<T>(MasivoClient client, IAsyncEnumerable<T> records, MigrationOptions options, CancellationToken cancellationToken);

    private string Kind => settings.Kind.ToString().ToLowerInvariant();

    public async Task<int> RunAsync(string file, CancellationToken cancellationToken) =>
        settings.Kind == RecordKind.Customers
            ? await RunAsync<CustomerMigrationRecord>(file, (client, records, options, token) => client.Customers.MigrateAsync(records, options, token), cancellationToken)
            : await RunAsync<ContactMigrationRecord>(file, (client, records, options, token) => client.Contacts.MigrateAsync(records, options, token), cancellationToken);

    private async Task<int> RunAsync<T>(string file, Migrate<T> migrate, CancellationToken cancellationToken)
        where T : class
    {
        foreach (var column in RecordFile.UnknownColumns<T>(file))
        {
            console.MarkupLineInterpolated($"[yellow]Warning:[/] column '{column}' is not a Masivo field of {Kind}; its values are not sent. The fields are: {string.Join(", ", RecordColumns.Of<T>().Order(StringComparer.Ordinal))}.");
        }

        if (settings.Kind.IsAboveAdvised(settings.EffectiveBatchSize))
        {
            console.MarkupLineInterpolated($"[yellow]Warning:[/] Masivo advises at most {CustomersClient.DefaultMigrationBatchSize:N0} customers per request; batches of {settings.EffectiveBatchSize:N0} are accepted only by accounts allowed larger ones, and refused batches go to the failed file.");
        }

        var keepsRejected = settings.File is not null || settings.RejectedFile is not null;
        var rejectedFile = settings.RejectedFile ?? Path.ChangeExtension(file, ".rejected.csv");
        var input = await InputScan.CountAsync<T>(file, rejectedFile, cancellationToken);
        var where = input.Rejected > 0 && keepsRejected ? $" (reasons in {rejectedFile})" : string.Empty;
        console.MarkupLineInterpolated($"Validated [bold]{input.Rows:N0}[/] rows: [green]{input.Valid:N0} valid[/], [red]{input.Rejected:N0} rejected[/]{where}.");
        if (settings.DryRun)
        {
            foreach (var (line, reason) in input.FirstRejections)
            {
                console.MarkupLineInterpolated($"  line {line:N0}: {reason}");
            }

            console.MarkupLine("Dry run: nothing was sent.");
            return input.Rejected > 0 ? ExitCodes.Rejected : ExitCodes.Migrated;
        }

        if (input.Valid == 0)
        {
            console.MarkupLine(input.Rows == 0 ? "The file holds no rows: nothing to migrate." : "[red]No valid rows to migrate.[/]");
            var nothingSent = new MigrationAccount(input, Migrated: 0, Failed: 0, NotRead: 0, Cancelled: false);
            MigrationSummary.Write<T>(console, nothingSent, null, keepsRejected ? rejectedFile : null, null);
            return nothingSent.ExitCode;
        }

        await using var masivo = await connect(settings.Interval);
        var timeLeft = new TimeLeft(input.Valid, settings.EffectiveBatchSize, masivo.Interval);
        console.MarkupLineInterpolated($"Migrating {input.Valid:N0} {Kind} in {timeLeft.Batches:N0} batches of up to {settings.EffectiveBatchSize:N0} to {masivo.Description}: about {TimeLeft.Format(timeLeft.Total)}.");

        var (result, stop) = await MigrateWithProgressAsync(file, migrate, masivo.Client, input.Valid, timeLeft, cancellationToken);
        switch (stop)
        {
            case MasivoMigrationCanceledException:
                console.MarkupLine("[yellow]Cancelled.[/] Writing what was not migrated to the failed file.");
                break;
            case MasivoMigrationException stopped:
                console.MarkupLineInterpolated($"[red]The migration stopped:[/] {stopped.Message}");
                break;
        }

        var failedFile = settings.FailedFile ?? Path.ChangeExtension(file, ".failed.jsonl");
        var (failed, notRead) = await WriteFailedAsync(file, failedFile, result, input.Valid);
        var account = new MigrationAccount(input, result.SucceededRecords, failed, notRead, stop is OperationCanceledException);
        MigrationSummary.Write(console, account, result, keepsRejected ? rejectedFile : null, failedFile);
        if (failed > 0)
        {
            console.MarkupLineInterpolated($"Send them again with: dotnet run --project samples/Masivo.Samples.Migration -- {failedFile} --kind {settings.Kind}");
        }

        return account.ExitCode;
    }

    private async Task<(MigrationResult<T> Result, Exception? Stop)> MigrateWithProgressAsync<T>(
        string file, Migrate<T> migrate, MasivoClient client, int valid, TimeLeft timeLeft, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            var result = await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("starting", maxValue: valid);
                    var options = new MigrationOptions
                    {
                        BatchSize = settings.BatchSize,
                        TimeZone = settings.TimeZone,
                        ContinueOnBatchFailure = true,
                        Progress = new CallbackProgress<MigrationProgress>(progress =>
                        {
                            task.Value = progress.RecordsSucceeded + progress.RecordsFailed;
                            task.Description = ProgressLine.Describe(progress, timeLeft);
                        }),
                    };
                    return await migrate(client, RecordFile.ValidRecordsAsync<T>(file, cancellationToken: cancellationToken), options, cancellationToken);
                });
            return (result, null);
        }
        catch (MasivoMigrationCanceledException cancelled)
        {
            return ((MigrationResult<T>)cancelled.Result, cancelled);
        }
        catch (MasivoMigrationException stopped)
        {
            return ((MigrationResult<T>)stopped.Result, stopped);
        }
    }

    /// <summary>
    /// Writes the records of every failed or unsent batch and, when the migration stopped early, the
    /// valid rows it never read, so that the failed file holds everything that was not migrated.
    /// </summary>
    private async Task<(int Failed, int NotRead)> WriteFailedAsync<T>(string file, string failedFile, MigrationResult<T> result, int valid)
        where T : class
    {
        var failedBatches = result.FailedBatches.SelectMany(batch => batch.Records ?? []);
        var unread = valid - result.TotalRecords;
        try
        {
            // Not the run's token: a cancelled run still writes what it did not migrate.
            var rest = unread > 0 ? RecordFile.ValidRecordsAsync<T>(file, skip: result.TotalRecords) : AsyncEnumerable.Empty<T>();
            var written = await FailedFile.WriteAsync(failedFile, failedBatches, rest);
            return (written, Math.Max(0, unread - (written - result.FailedRecords)));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated($"[red]The rows not read cannot be read back from {file}:[/] {error.Message}");
            return (await FailedFile.WriteAsync(failedFile, failedBatches, AsyncEnumerable.Empty<T>()), unread);
        }
    }
}
