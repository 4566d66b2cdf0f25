using System.Globalization;
using System.Runtime.ExceptionServices;

namespace Masivo.Sdk.Migrations;

/// <summary>
/// Streams a source into batches and sends them paced to Masivo's migration limiter. The next batch
/// is read while the current one is in flight, so at most two batches are held in memory. When the
/// migration returns or throws, every record read is in exactly one batch result.
/// </summary>
internal static class MigrationEngine
{
    /// <summary>How many times one batch is sent again after a 429, each time after its Retry-After.</summary>
    public const int MaxRateLimitResends = 10;

    /// <summary>Migrates a synchronous source; a collection is validated whole before anything is sent.</summary>
    public static Task<MigrationResult<T>> RunAsync<T>(IEnumerable<T> source, MigrationPlan<T> plan, CancellationToken cancellationToken)
    {
        var count = AsyncSource.CountOf(source);
        if (count is not null)
        {
            var index = 0;
            foreach (var record in source)
            {
                BatchReader<T>.Validate(plan, record, index++, resumeIndex: 0);
            }
        }

        return RunAsync(AsyncSource.From(source), count, plan, cancellationToken);
    }

    public static async Task<MigrationResult<T>> RunAsync<T>(IAsyncEnumerable<T> source, int? knownCount, MigrationPlan<T> plan, CancellationToken cancellationToken)
    {
        var trace = plan.Telemetry.StartOperation(plan.Operation);
        try
        {
            var result = await RunCoreAsync(source, knownCount, plan, cancellationToken).ConfigureAwait(false);
            Finish(plan, trace, result);
            trace.Succeeded();
            return result;
        }
        catch (MasivoMigrationCanceledException cancelled)
        {
            Finish(plan, trace, cancelled.Result);
            trace.Cancelled();
            throw;
        }
        catch (MasivoMigrationException failed)
        {
            Finish(plan, trace, failed.Result);
            trace.Failed(failed);
            throw;
        }
        catch (Exception exception)
        {
            trace.Failed(exception);
            throw;
        }
    }

    private static void Finish<T>(MigrationPlan<T> plan, Diagnostics.OperationTelemetry trace, MigrationResult result)
    {
        trace.Activity?.SetTag("masivo.migration.records", result.TotalRecords);
        trace.Activity?.SetTag("masivo.migration.records.succeeded", result.SucceededRecords);
        trace.Activity?.SetTag("masivo.migration.records.failed", result.FailedRecords);
        Diagnostics.MasivoLog.MigrationFinished(
            plan.Telemetry.Logger, plan.Operation.Name, (long)result.Elapsed.TotalMilliseconds, result.SucceededRecords, result.FailedRecords, (result as MigrationResult<T>)?.Batches.Count ?? 0);
    }

    private static void Count<T>(MigrationPlan<T> plan, MigrationBatch<T> batch, MasivoException? error)
    {
        if (Diagnostics.MasivoDiagnostics.MigratedRecords.Enabled)
        {
            var tags = plan.Telemetry.Tags(plan.Operation);
            tags.Add("masivo.outcome", error is null ? "acknowledged" : "failed");
            Diagnostics.MasivoDiagnostics.MigratedRecords.Add(batch.Records.Count, tags);
        }

        if (error is null)
        {
            Diagnostics.MasivoLog.BatchAcknowledged(plan.Telemetry.Logger, plan.Operation.Name, batch.Index, batch.Records.Count);
        }
        else
        {
            Diagnostics.MasivoLog.BatchFailed(plan.Telemetry.Logger, plan.Operation.Name, batch.Index, batch.Records.Count, error.GetType().Name, (error as MasivoApiException)?.StatusCode);
        }
    }

    private static async Task<MigrationResult<T>> RunCoreAsync<T>(IAsyncEnumerable<T> source, int? knownCount, MigrationPlan<T> plan, CancellationToken cancellationToken)
    {
        var ledger = new MigrationLedger<T>(plan, knownCount);
        var enumerator = source.GetAsyncEnumerator(cancellationToken);
        await using (enumerator.ConfigureAwait(false))
        {
            var reader = new BatchReader<T>(enumerator, plan);
            MigrationBatch<T>? current = null;
            MigrationBatch<T>? next = null;
            var currentSent = false;
            try
            {
                current = await reader.ReadAsync(0).ConfigureAwait(false);
                while (current is not null)
                {
                    await plan.Pacer.WaitForTurnAsync(cancellationToken).ConfigureAwait(false);
                    currentSent = true;
                    ledger.Sending(current, reader.RecordsRead);
                    var sending = SendAsync(plan, current, cancellationToken);

                    ExceptionDispatchInfo? readFailure = null;
                    try
                    {
                        next = await reader.ReadAsync(ledger.ResumeIndex(current.FirstRecordIndex)).ConfigureAwait(false);
                    }
                    catch (Exception exception)
                    {
                        readFailure = ExceptionDispatchInfo.Capture(exception);
                    }

                    var (message, error) = await sending.ConfigureAwait(false);
                    Count(plan, current, error);
                    if (error is null)
                    {
                        ledger.Succeeded(current, message, reader.RecordsRead);
                    }
                    else
                    {
                        ledger.Failed(current, error, reader.RecordsRead);
                    }

                    (current, currentSent) = (null, false);
                    readFailure?.Throw();

                    if (error is not null && !plan.Options.ContinueOnBatchFailure)
                    {
                        if (next is not null)
                        {
                            ledger.NotSent(next, "the migration stopped at an earlier failed batch.", reader.RecordsRead);
                        }

                        var partial = ledger.Result(reader.RecordsRead);
                        throw new MasivoMigrationException(StoppedMessage(plan, partial, error), partial, error);
                    }

                    (current, next) = (next, null);
                }
            }
            catch (OperationCanceledException cancelled) when (cancellationToken.IsCancellationRequested && cancelled is not MasivoMigrationCanceledException)
            {
                if (current is not null)
                {
                    if (currentSent)
                    {
                        ledger.Failed(current, new MasivoException(
                            $"Batch {current.Index} was cancelled in flight: Masivo may or may not have processed it. Sending it again is safe: a migration is an upsert.",
                            cancelled) { Operation = plan.Operation.Name }, reader.RecordsRead);
                    }
                    else
                    {
                        ledger.NotSent(current, "the migration was cancelled.", reader.RecordsRead);
                    }
                }

                if (next is not null)
                {
                    ledger.NotSent(next, "the migration was cancelled.", reader.RecordsRead);
                }

                throw new MasivoMigrationCanceledException(ledger.Result(reader.RecordsRead), cancelled, cancellationToken);
            }

            return ledger.Result(reader.RecordsRead);
        }
    }

    /// <summary>Sends one batch, waiting out 429s through the pacer; a failure is returned, not thrown.</summary>
    private static async Task<BatchOutcome> SendAsync<T>(MigrationPlan<T> plan, MigrationBatch<T> batch, CancellationToken cancellationToken)
    {
        for (var resends = 0; ; resends++)
        {
            try
            {
                return new BatchOutcome(await plan.SendBatchAsync(batch.Records, batch.Index, cancellationToken).ConfigureAwait(false), null);
            }
            catch (MasivoRateLimitException) when (resends < MaxRateLimitResends)
            {
                // The pacer has seen the 429's Retry-After: the next turn comes after it.
                await plan.Pacer.WaitForTurnAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (MasivoException error)
            {
                return new BatchOutcome(null, error);
            }
        }
    }

    private readonly record struct BatchOutcome(string? Message, MasivoException? Error);

    private static string StoppedMessage<T>(MigrationPlan<T> plan, MigrationResult<T> partial, MasivoException error)
    {
        var failed = partial.FailedBatches[0];
        return string.Create(
            CultureInfo.InvariantCulture,
            $"The {plan.RecordName} migration stopped at batch {failed.BatchIndex} (records {failed.FirstRecordIndex} to {failed.FirstRecordIndex + failed.Count - 1}): {error.Message} "
            + $"{partial.SucceededRecords} of the {partial.TotalRecords} records read were acknowledged; resume with Skip({partial.NextRecordIndex}), or set ContinueOnBatchFailure to carry on past failed batches.");
    }
}
