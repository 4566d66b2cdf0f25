using System.Globalization;
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

    private string Kind => settings.Kind.Noun();

    public async Task<int> RunAsync(RunFiles files, CancellationToken cancellationToken) => settings.Kind switch
    {
        RecordKind.Customers => await RunAsync<CustomerMigrationRecord>(files, (client, records, options, token) => client.Customers.MigrateAsync(records, options, token), cancellationToken),
        RecordKind.CustomerEvents => await RunAsync<CustomerEventsMigrationRecord>(files, (client, records, options, token) => client.Customers.MigrateEventsAsync(records, options, token), cancellationToken),
        RecordKind.CustomerTransactions => await RunAsync<CustomerTransactionsMigrationRecord>(files, (client, records, options, token) => client.Customers.MigrateTransactionsAsync(records, options, token), cancellationToken),
        _ => await RunAsync<ContactMigrationRecord>(files, (client, records, options, token) => client.Contacts.MigrateAsync(records, options, token), cancellationToken),
    };

    private async Task<int> RunAsync<T>(RunFiles files, Migrate<T> migrate, CancellationToken cancellationToken)
        where T : class
    {
        var file = files.Input;
        IReadOnlyList<string> unknownColumns;
        try
        {
            unknownColumns = RecordFile.UnknownColumns<T>(file);
        }
        catch (InvalidDataException error)
        {
            console.MarkupLineInterpolated($"[red]Usage error:[/] {file} has a CSV header that cannot be read: {error.Message}. Nothing was sent.");
            return ExitCodes.Usage;
        }

        foreach (var column in unknownColumns)
        {
            console.MarkupLineInterpolated($"[yellow]Warning:[/] column '{column}' is not a Masivo field of {Kind}; its values are not sent. The fields are: {string.Join(", ", RecordColumns.Of<T>().Order(StringComparer.Ordinal))}.");
        }

        if (settings.Kind.IsAboveAdvised(settings.EffectiveBatchSize))
        {
            console.MarkupLineInterpolated($"[yellow]Warning:[/] Masivo advises at most {CustomersClient.DefaultMigrationBatchSize:N0} customers per request; batches of {settings.EffectiveBatchSize:N0} are accepted only by accounts allowed larger ones, and refused batches go to the failed file.");
        }

        var keepsRejected = settings.File is not null || !files.Rejected.IsDefault;
        var rejectedFile = files.Rejected.Path;
        InputCount input;
        try
        {
            input = await InputScan.CountAsync<T>(file, files.Rejected, new BatchCounter(settings.EffectiveBatchSize, settings.Kind.ItemLimit()), cancellationToken);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or InvalidDataException or CsvHelper.CsvFormatException)
        {
            // The first pass reads the input and writes the rejected file; nothing has been sent yet.
            console.MarkupLineInterpolated($"[red]The rows cannot be validated:[/] {error.Message} Nothing was sent.");
            return ExitCodes.Usage;
        }

        var where = input.Rejected > 0 && keepsRejected ? $" (reasons in {rejectedFile})" : string.Empty;
        console.MarkupLineInterpolated($"Validated [bold]{Count(input.Rows, "row")}[/]: [green]{input.Valid:N0} valid[/], [red]{input.Rejected:N0} rejected[/]{where}.");
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

        await using var masivo = await TryConnectAsync();
        if (masivo is null)
        {
            return ExitCodes.Usage;
        }

        if (masivo.IsOwnFake && settings.Kind.ItemName() is { } history)
        {
            // The embedded fake starts empty, and Masivo takes the history of registered customers only.
            try
            {
                var registered = await FakeCustomers.RegisterAsync(masivo.Client, RecordFile.ValidRecordsAsync<T>(file, cancellationToken: cancellationToken), cancellationToken);
                var balances = settings.Kind == RecordKind.CustomerTransactions ? ", each with a balance equal to the sum of its transactions' amounts" : string.Empty;
                console.MarkupLineInterpolated($"The embedded fake Masivo has no customers: registered the file's {Count(registered, "customer")} there first{balances}, as they would already be in Masivo before their {history}.");
            }
            catch (MasivoException error)
            {
                console.MarkupLineInterpolated($"[yellow]Warning:[/] the file's customers could not be registered on the embedded fake Masivo ({error.Message}); their {history} will be refused as unknown customers.");
            }
        }

        var timeLeft = new TimeLeft(input.Valid, settings.EffectiveBatchSize, masivo.Interval, input.Batches);
        console.MarkupLineInterpolated($"Migrating {Records(input)} in {Count(timeLeft.Batches, "batch", "batches")} of up to {BatchLimits()} to {masivo.Description}: about {TimeLeft.Format(timeLeft.Total)}.");

        MigrationResult<T> result;
        Exception? stop;
        try
        {
            (result, stop) = await MigrateWithProgressAsync(file, migrate, masivo.Client, input.Valid, timeLeft, cancellationToken);
        }
        catch (ArgumentException error) when (error.ParamName == "options")
        {
            // The SDK checks its MigrationOptions before it reads a record: nothing was sent.
            console.MarkupLineInterpolated($"[red]Usage error:[/] {error.Message}");
            return ExitCodes.Usage;
        }

        switch (stop)
        {
            case MasivoMigrationCanceledException:
                console.MarkupLine("[yellow]Cancelled.[/] Writing what was not migrated to the failed file.");
                break;
            case MasivoMigrationException stopped:
                console.MarkupLineInterpolated($"[red]The migration stopped:[/] {stopped.Message}");
                break;
        }

        var toCheck = await WriteToCheckAsync(files, result);
        var written = await WriteFailedAsync(files, result, input.Valid);
        var account = new MigrationAccount(input, result.SucceededRecords, written.Records, written.NotRead, stop is OperationCanceledException) { ToCheck = toCheck.Records };
        MigrationSummary.Write(console, account, result, keepsRejected ? rejectedFile : null, written.WrittenTo);
        if (toCheck.Records > 0)
        {
            var checkPlace = toCheck.WrittenTo is { } checkFile ? $"they are in {checkFile}" : "they could not be written to any file (see above)";
            console.MarkupLineInterpolated($"[yellow]{Count(toCheck.Records, "customer")} may have been processed by Masivo: {checkPlace}.[/] Check them in Masivo before sending any of them again: their batch failed with a 5xx, a timeout or a cancellation in flight, and {Kind} are not upserts.");
        }

        if (written.Records > 0 && written.WrittenTo is { } failedRecords)
        {
            console.MarkupLineInterpolated($"Send them again with: {ResumeCommand(failedRecords)}");
        }

        return account.ExitCode;
    }

    /// <summary>The connection, or <see langword="null"/> (the reason printed) when the MASIVO_* settings cannot make a client; nothing is sent then.</summary>
    private async Task<MasivoConnection?> TryConnectAsync()
    {
        try
        {
            return await connect(settings.Interval);
        }
        catch (Exception error) when (error is ArgumentException { ParamName: "options" } or UriFormatException)
        {
            console.MarkupLineInterpolated($"[red]Usage error:[/] the MASIVO_* environment variables do not make a working client: {error.Message} Nothing was sent.");
            return null;
        }
    }

    /// <summary>The command that sends the failed file again with this run's kind, time zone and batch size; the path quoted for the shell when it needs it.</summary>
    private string ResumeCommand(string failedRecords)
    {
        var words = new List<string> { "dotnet run --project samples/Masivo.Samples.Migration --", ShellWord(failedRecords), "--kind", settings.Kind.ToString() };
        if (settings.TimeZone is { } timeZone)
        {
            words.AddRange(["--time-zone", ShellWord(timeZone)]);
        }

        if (settings.BatchSize is { } batchSize)
        {
            words.AddRange(["--batch-size", batchSize.ToString(CultureInfo.InvariantCulture)]);
        }

        return string.Join(' ', words);
    }

    private static string ShellWord(string text)
    {
        if (text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || "/._-+=:,@%".Contains(c, StringComparison.Ordinal)))
        {
            return text;
        }

        return OperatingSystem.IsWindows() ? $"\"{text}\"" : "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }

    /// <summary>What is migrated: <c>25 contacts</c>, or <c>25 customers' events (1,234 events)</c>.</summary>
    private string Records(InputCount input) => settings.Kind.ItemName() is { } items
        ? string.Create(CultureInfo.InvariantCulture, $"{input.Valid:N0} {Kind} ({input.Items:N0} {items})")
        : string.Create(CultureInfo.InvariantCulture, $"{input.Valid:N0} {Kind}");

    /// <summary>What closes a batch: the batch size, and for a history kind the events or transactions a request may hold.</summary>
    private string BatchLimits() => settings.Kind.ItemName() is { } items
        ? string.Create(CultureInfo.InvariantCulture, $"{settings.EffectiveBatchSize:N0} customers and {settings.Kind.ItemLimit():N0} {items}")
        : settings.EffectiveBatchSize.ToString("N0", CultureInfo.InvariantCulture);

    private static string Count(int count, string one, string? many = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? one : many ?? one + "s")}");

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
    /// Whether a failed batch's records go to the check file rather than the failed file: for customers' events and
    /// transactions (not upserts), a batch Masivo may have processed. Contacts and customers are upserts: sending
    /// them again is safe, so all their failed records go to the failed file.
    /// </summary>
    private bool GoesToCheck<T>(MigrationBatchResult<T> batch) => settings.Kind.ItemName() is not null && batch.MayHaveBeenProcessed;

    /// <summary>Writes the records of the failed batches Masivo may have processed to the check file (history kinds only), saying where they are when not there.</summary>
    private async Task<FailedWrite> WriteToCheckAsync<T>(RunFiles files, MigrationResult<T> result)
        where T : class
    {
        if (files.Check is not { } checkFile)
        {
            return new FailedWrite(0, 0, null, [], null);
        }

        var records = result.FailedBatches.Where(GoesToCheck).SelectMany(batch => batch.Records ?? []).ToList();
        var written = await FailedFile.WriteAsync(checkFile, records, AsyncEnumerable.Empty<T>, 0);
        foreach (var problem in written.Problems)
        {
            console.MarkupLineInterpolated($"[red]The check file cannot be written where it should:[/] {problem}");
        }

        if (written.Records > 0 && written.WrittenTo is { } place && place != checkFile.Path)
        {
            console.MarkupLineInterpolated($"[red]The {written.Records:N0} records to check are in {place}[/], not in {checkFile.Path}.");
        }

        return written;
    }

    /// <summary>
    /// Writes the records of every failed or unsent batch and, when the migration stopped early, the
    /// valid rows it never read, so that the failed file holds everything that was not migrated; and
    /// says where they are when they could not be written where they should.
    /// </summary>
    private async Task<FailedWrite> WriteFailedAsync<T>(RunFiles files, MigrationResult<T> result, int valid)
        where T : class
    {
        var failedBatches = result.FailedBatches.Where(batch => !GoesToCheck(batch)).SelectMany(batch => batch.Records ?? []).ToList();
        var unread = valid - result.TotalRecords;

        // Not the run's token: a cancelled run still writes what it did not migrate.
        var written = await FailedFile.WriteAsync(files, failedBatches, () => RecordFile.ValidRecordsAsync<T>(files.Input, skip: result.TotalRecords), unread);
        if (written.InputProblem is { } inputProblem)
        {
            console.MarkupLineInterpolated($"[red]The rows not read cannot be read back from {files.Input}:[/] {inputProblem}");
        }

        foreach (var problem in written.Problems)
        {
            console.MarkupLineInterpolated($"[red]The failed file cannot be written where it should:[/] {problem}");
        }

        if (written.Records > 0 && written.WrittenTo is { } place && place != files.Failed.Path)
        {
            console.MarkupLineInterpolated($"[red]The {written.Records:N0} records not migrated are in {place}[/], not in {files.Failed.Path}.");
        }
        else if (written.Records > 0 && written.WrittenTo is null)
        {
            var ranges = result.FailedBatches.Where(batch => !GoesToCheck(batch)).Select(batch => (First: batch.FirstRecordIndex + 1, Last: batch.FirstRecordIndex + batch.Count))
                .Concat(unread > 0 ? [(result.TotalRecords + 1, valid)] : [])
                .Select(range => range.First == range.Last ? range.First.ToString("N0", CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{range.First:N0}–{range.Last:N0}"));
            console.MarkupLineInterpolated($"[red]The {written.Records:N0} records not migrated could not be written to any file.[/] They are the valid rows {string.Join(", ", ranges)} of {files.Input}, counting valid rows only, from 1.");
        }

        return written;
    }
}
