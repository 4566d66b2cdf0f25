using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text.Json;

namespace Masivo.Sdk.Internal;

/// <summary>
/// Streams a source into batches and sends them paced to Masivo's migration limiter. The next batch
/// is read while the current one is in flight, so at most two batches are held in memory. When the
/// migration returns or throws, every record read is in exactly one batch result, and resuming with
/// <c>Skip(NextRecordIndex)</c> loses nothing.
/// </summary>
internal static class MigrationEngine
{
    /// <summary>How many times one batch is sent again after a 429, each time after its Retry-After.</summary>
    public const int MaxRateLimitResends = 10;

    /// <summary>Migrates a synchronous source; a collection is validated whole before anything is sent.</summary>
    /// <exception cref="ArgumentException">A record of a collection cannot be migrated; nothing was sent.</exception>
    public static Task<MigrationResult<T>> RunAsync<T>(IEnumerable<T> source, MigrationPlan<T> plan, CancellationToken cancellationToken)
    {
        var count = AsyncSource.CountOf(source);
        if (count is not null)
        {
            ArgumentException? invalid = null;
            try
            {
                var index = 0;
                foreach (var record in source)
                {
                    if ((invalid = BatchReader<T>.Problem(plan, record, index++)) is not null)
                    {
                        break;
                    }
                }
            }
            catch (Exception exception)
            {
                // The collection itself failed while it was checked: nothing was read for sending, nothing sent.
                var empty = new MigrationResult<T>([], TimeSpan.Zero);
                return Task.FromException<MigrationResult<T>>(exception is OperationCanceledException && cancellationToken.IsCancellationRequested
                    ? new MasivoMigrationCanceledException(empty, exception, cancellationToken)
                    : new MasivoMigrationException(StoppedMessage(plan, empty, $"the {plan.RecordName} collection failed while it was checked, before anything was sent: {exception.GetType().Name}: {exception.Message}"), empty, exception));
            }

            if (invalid is not null)
            {
                throw new ArgumentException(ArgumentMessage.WithoutParameter(invalid) + " Nothing was sent.", plan.RecordName, invalid.InnerException);
            }
        }

        // An array or a list yields the very records just checked: they are not checked a second time as they are read.
        var recordsChecked = count is not null && source is T[] or List<T>;
        return RunAsync(AsyncSource.From(source), count, plan, cancellationToken, recordsChecked);
    }

    public static async Task<MigrationResult<T>> RunAsync<T>(IAsyncEnumerable<T> source, int? knownCount, MigrationPlan<T> plan, CancellationToken cancellationToken, bool recordsChecked = false)
    {
        var trace = plan.Telemetry.StartOperation(plan.Operation);
        try
        {
            var result = await RunCoreAsync(source, knownCount, plan, recordsChecked, cancellationToken).ConfigureAwait(false);
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

    private static void Finish<T>(MigrationPlan<T> plan, OperationTelemetry trace, MigrationResult result)
    {
        trace.Activity?.SetTag("masivo.migration.records", result.TotalRecords);
        trace.Activity?.SetTag("masivo.migration.records.succeeded", result.SucceededRecords);
        trace.Activity?.SetTag("masivo.migration.records.failed", result.FailedRecords);
        MasivoLog.MigrationFinished(
            plan.Telemetry.Logger, plan.Operation.Name, (long)result.Elapsed.TotalMilliseconds, result.SucceededRecords, result.FailedRecords, (result as MigrationResult<T>)?.Batches.Count ?? 0);
    }

    private static void Count<T>(MigrationPlan<T> plan, MigrationBatch<T> batch, MasivoException? error)
    {
        if (MasivoDiagnostics.MigratedRecords.Enabled)
        {
            MasivoDiagnostics.MigratedRecords.Add(batch.Records.Count, plan.Telemetry.Tags(plan.Operation, error is null ? "acknowledged" : "failed"));
        }

        if (error is null)
        {
            MasivoLog.BatchAcknowledged(plan.Telemetry.Logger, plan.Operation.Name, batch.Index, batch.Records.Count);
        }
        else
        {
            MasivoLog.BatchFailed(plan.Telemetry.Logger, plan.Operation.Name, batch.Index, batch.Records.Count, error.GetType().Name, (error as MasivoApiException)?.StatusCode);
        }
    }

    /// <summary>
    /// The migration itself. Whatever ends it (success, a failed batch, the caller's cancellation, the
    /// source throwing, an invalid or unserializable record, the pacer, a disposed client), every record
    /// read is in exactly one batch result: acknowledged, sent and failed, or read and never sent, the
    /// last two with their records.
    /// </summary>
    private static async Task<MigrationResult<T>> RunCoreAsync<T>(IAsyncEnumerable<T> source, int? knownCount, MigrationPlan<T> plan, bool recordsChecked, CancellationToken cancellationToken)
    {
        var ledger = new MigrationLedger<T>(plan, knownCount);
        BatchReader<T>? reader = null;
        MigrationBatch<T>? ready = null;
        InFlight<T>? inFlight = null;
        IAsyncEnumerator<T>? enumerator = null;
        try
        {
            enumerator = source.GetAsyncEnumerator(cancellationToken);
            {
                reader = new BatchReader<T>(enumerator, plan, recordsChecked, cancellationToken);
                ready = await reader.ReadAsync().ConfigureAwait(false);
                while (ready is not null)
                {
                    inFlight = await StartAsync(plan, ledger, ready, reader.RecordsRead, cancellationToken).ConfigureAwait(false);
                    ready = null;

                    // The next batch is read while this one is in flight.
                    ExceptionDispatchInfo? readFailure = null;
                    try
                    {
                        ready = await reader.ReadAsync().ConfigureAwait(false);
                    }
                    catch (Exception exception)
                    {
                        readFailure = ExceptionDispatchInfo.Capture(exception);
                    }

                    var completing = inFlight;
                    inFlight = null;
                    var outcome = await CompleteAsync(plan, ledger, completing, reader.RecordsRead).ConfigureAwait(false);
                    var error = outcome.Error;
                    readFailure?.Throw();
                    cancellationToken.ThrowIfCancellationRequested();

                    if (error is not null && !plan.Options.ContinueOnBatchFailure)
                    {
                        const string Stopped = "the migration stopped at an earlier failed batch.";
                        if (ready is not null)
                        {
                            ledger.NotSent(ready, Stopped, reader.RecordsRead);
                            ready = null;
                        }

                        // A record carried over from the batch just read (it did not fit under the batch weight) was read too.
                        if (reader.TakeUnfinished() is { } carried)
                        {
                            ledger.NotSent(carried, Stopped, reader.RecordsRead);
                        }

                        var partial = ledger.Result(reader.RecordsRead);
                        throw new MasivoMigrationException(StoppedMessage(plan, partial, error, outcome.MayHaveBeenProcessed), partial, error);
                    }
                }
            }

            // Closing the source is part of reading it: a failure here is the source's, with every batch accounted.
            var closing = enumerator;
            enumerator = null;
            await closing.DisposeAsync().ConfigureAwait(false);

            if (ledger.ProgressFailure is { } progressFailure)
            {
                // Every batch was sent and accounted; the caller still hears that its handler failed.
                throw new MigrationSourceException(
                    $"every batch was sent, but the progress handler threw {progressFailure.GetType().Name}: {progressFailure.Message}", progressFailure);
            }

            return ledger.Result(reader.RecordsRead);
        }
        catch (Exception exception) when (exception is not MasivoMigrationException)
        {
            await CloseAfterFailureAsync(enumerator).ConfigureAwait(false);
            var cancelled = exception is OperationCanceledException && cancellationToken.IsCancellationRequested;
            var reason = cancelled ? "the migration was cancelled." : "the migration stopped before it was sent.";
            if (inFlight is { } completing)
            {
                inFlight = null;
                await CompleteAsync(plan, ledger, completing, reader?.RecordsRead ?? 0).ConfigureAwait(false);
            }

            if (ready is not null)
            {
                ledger.NotSent(ready, reason, reader!.RecordsRead);
            }

            if (reader?.TakeUnfinished() is { } unfinished)
            {
                ledger.NotSent(unfinished, reason, reader.RecordsRead);
            }

            var result = ledger.Result(reader?.RecordsRead ?? 0);
            if (cancelled)
            {
                throw plan.ResumesByFailedBatches
                    ? new MasivoMigrationCanceledException(
                        string.Create(CultureInfo.InvariantCulture, $"The {plan.MigrationName} was cancelled after {result.SucceededRecords} of {result.TotalRecords} records read were acknowledged; ") + ResendFailedBatches(result),
                        result,
                        exception,
                        cancellationToken)
                    : new MasivoMigrationCanceledException(result, exception, cancellationToken);
            }

            var what = exception is MigrationSourceException ? exception.Message : $"{exception.GetType().Name}: {exception.Message}";
            throw new MasivoMigrationException(StoppedMessage(plan, result, what), result, exception is MigrationSourceException ? exception.InnerException : exception);
        }
    }

    /// <summary>Closes the source after the migration ended for another reason, which stays the reason it ended.</summary>
    private static async Task CloseAfterFailureAsync<T>(IAsyncEnumerator<T>? enumerator)
    {
        if (enumerator is null)
        {
            return;
        }

        try
        {
            await enumerator.DisposeAsync().ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The migration already failed; a second failure while closing the source must not replace the first.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    /// <summary>
    /// Serializes a batch once and, at the pacer's next turn, starts sending it. A batch that cannot be
    /// serialized is never sent: it fails at once with the reason.
    /// </summary>
    private static async Task<InFlight<T>> StartAsync<T>(MigrationPlan<T> plan, MigrationLedger<T> ledger, MigrationBatch<T> batch, int recordsRead, CancellationToken cancellationToken)
    {
        SerializedJson body;
        try
        {
            body = plan.SerializeBatch(batch.Records);
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or NotSupportedException or InvalidOperationException)
        {
            var error = new MasivoException(
                string.Create(CultureInfo.InvariantCulture, $"Batch {batch.Index} (records {batch.FirstRecordIndex} to {batch.FirstRecordIndex + batch.Records.Count - 1}) was not sent: it cannot be serialized: {exception.Message}"),
                exception) { Operation = plan.Operation.Name };
            return new InFlight<T>(batch, Task.FromResult(new BatchOutcome(null, error, MayHaveBeenProcessed: false)));
        }

        try
        {
            await plan.Pacer.WaitForTurnAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            body.Dispose();
            throw;
        }

        ledger.Sending(batch, recordsRead);
        return new InFlight<T>(batch, SendAsync(plan, batch, body, cancellationToken));
    }

    /// <summary>Sends a batch in the turn its caller claimed, and ends that turn however the send ends.</summary>
    private static async Task<BatchOutcome> SendAsync<T>(MigrationPlan<T> plan, MigrationBatch<T> batch, SerializedJson body, CancellationToken cancellationToken)
    {
        var turn = new Turn(plan.Pacer);
        try
        {
            return await SendInTurnAsync(plan, batch, body, turn, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            turn.End();
        }
    }

    /// <summary>Waits for a batch's outcome and records it; returns the outcome.</summary>
    private static async Task<BatchOutcome> CompleteAsync<T>(MigrationPlan<T> plan, MigrationLedger<T> ledger, InFlight<T> inFlight, int recordsRead)
    {
        var outcome = await inFlight.Outcome.ConfigureAwait(false);
        var (message, error, mayHaveBeenProcessed) = outcome;
        Count(plan, inFlight.Batch, error);
        if (error is null)
        {
            ledger.Succeeded(inFlight.Batch, message, recordsRead);
        }
        else
        {
            ledger.Failed(inFlight.Batch, error, mayHaveBeenProcessed, recordsRead);
        }

        return outcome;
    }

    /// <summary>
    /// Sends one serialized batch, waiting out 429s through the pacer and resending the same bytes.
    /// Never throws: whatever stops the batch is its outcome's error.
    /// </summary>
    private static async Task<BatchOutcome> SendInTurnAsync<T>(MigrationPlan<T> plan, MigrationBatch<T> batch, SerializedJson body, Turn turn, CancellationToken cancellationToken)
    {
        using (body)
        {
            for (var resends = 0; ; resends++)
            {
                try
                {
                    return new BatchOutcome(await plan.SendBatchAsync(body, batch.Index, batch.Records.Count, cancellationToken).ConfigureAwait(false), null, MayHaveBeenProcessed: true);
                }
                catch (MasivoRateLimitException limited) when (resends < MaxRateLimitResends)
                {
                    // The pacer has seen the 429's Retry-After: the next turn comes after it.
                    try
                    {
                        turn.End();
                        await plan.Pacer.WaitForTurnAsync(cancellationToken).ConfigureAwait(false);
                        turn.Claimed();
                    }
                    catch (Exception stopped)
                    {
                        return new BatchOutcome(null, new MasivoException(
                            $"Batch {batch.Index} was answered 429 and stopped while waiting to be sent again ({stopped.GetType().Name}): Masivo did not process it.",
                            limited) { Operation = plan.Operation.Name }, MayHaveBeenProcessed: false);
                    }
                }
                catch (MasivoException error)
                {
                    return new BatchOutcome(null, error, MayHaveBeenProcessed(error));
                }
                catch (OperationCanceledException cancelled) when (cancellationToken.IsCancellationRequested)
                {
                    return new BatchOutcome(null, new MasivoException(
                        $"Batch {batch.Index} was cancelled in flight: Masivo may or may not have processed it. "
                        + (plan.Operation.IsIdempotent
                            ? "Sending it again is safe: a migration is an upsert."
                            : "This migration is not an upsert, so check before resending it: a batch Masivo processed twice is migrated twice."),
                        cancelled) { Operation = plan.Operation.Name }, MayHaveBeenProcessed: true);
                }
                catch (Exception unexpected)
                {
                    return new BatchOutcome(null, new MasivoException(
                        $"Batch {batch.Index} failed: {unexpected.GetType().Name}: {unexpected.Message}",
                        unexpected) { Operation = plan.Operation.Name }, MayHaveBeenProcessed: true);
                }
            }
        }
    }

    /// <summary>True unless the failure shows that Masivo did not process the request: a 429, another 4xx refusal, no connection made, an open circuit.</summary>
    private static bool MayHaveBeenProcessed(MasivoException error) => error switch
    {
        MasivoRateLimitException or MasivoCircuitOpenException => false,
        MasivoConnectionException connection => connection.RequestMayHaveBeenSent,
        MasivoApiException api => api.StatusCode is 408 or >= 500,
        _ => true,
    };

    /// <param name="Message">Masivo's acknowledgement, for a batch it acknowledged.</param>
    /// <param name="Error">Why the batch failed, if it did.</param>
    /// <param name="MayHaveBeenProcessed">Whether a failed batch may have been processed by Masivo all the same (a 5xx, a timeout, a dropped connection).</param>
    private readonly record struct BatchOutcome(string? Message, MasivoException? Error, bool MayHaveBeenProcessed);

    /// <summary>The pacer turn a batch's send holds: ended once, claimed again for a resend after a 429.</summary>
    private sealed class Turn(MigrationPacer pacer)
    {
        private int _ended;

        public void End()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                pacer.EndTurn();
            }
        }

        public void Claimed() => Volatile.Write(ref _ended, 0);
    }

    private sealed record InFlight<T>(MigrationBatch<T> Batch, Task<BatchOutcome> Outcome);

    private static string StoppedMessage<T>(MigrationPlan<T> plan, MigrationResult<T> partial, string what)
    {
        var stopped = string.Create(
            CultureInfo.InvariantCulture,
            $"The {plan.MigrationName} stopped: {what} {partial.SucceededRecords} of the {partial.TotalRecords} records read were acknowledged; ");
        return plan.ResumesByFailedBatches
            ? stopped + ResendFailedBatches(partial)
            : stopped + string.Create(CultureInfo.InvariantCulture, $"the others are in Result with their records. Resume with Skip({partial.NextRecordIndex}).");
    }

    /// <summary>
    /// The way on for a history migration that carried on past failed batches: batches acknowledged after a failed one
    /// would be sent again by <c>Skip(NextRecordIndex)</c>, and migrated twice.
    /// </summary>
    private static string ResendFailedBatches(MigrationResult partial) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"the others are in Result's failed batches with their records. With ContinueOnBatchFailure, batches after a failed one were sent and may have been acknowledged, "
            + $"and this migration is not an upsert, so do not resume from NextRecordIndex: resend each failed batch's Records instead, those whose MayHaveBeenProcessed is false as they are, "
            + $"the others only after checking their customers in Masivo. The source's records after the first {partial.TotalRecords} were not read.");

    private static string StoppedMessage<T>(MigrationPlan<T> plan, MigrationResult<T> partial, MasivoException error, bool mayHaveBeenProcessed)
    {
        var failed = partial.FailedBatches[0];
        var stopped = string.Create(
            CultureInfo.InvariantCulture,
            $"The {plan.MigrationName} stopped at batch {failed.BatchIndex} (records {failed.FirstRecordIndex} to {failed.FirstRecordIndex + failed.Count - 1}): {error.Message} "
            + $"{partial.SucceededRecords} of the {partial.TotalRecords} records read were acknowledged; ");
        if (plan.Operation.IsIdempotent || !mayHaveBeenProcessed)
        {
            return stopped + string.Create(CultureInfo.InvariantCulture, $"resume with Skip({partial.NextRecordIndex}), or set ContinueOnBatchFailure to carry on past failed batches.");
        }

        // A history migration is not an upsert: a batch Masivo processed and that is sent again is migrated twice.
        return stopped + string.Create(
            CultureInfo.InvariantCulture,
            $"Masivo may have processed batch {failed.BatchIndex}, and this migration is not an upsert (a batch sent twice is migrated twice): "
            + $"check its customers in Masivo (their transactions, or their metrics for events) before resending it. If Masivo processed it, resume with Skip({failed.FirstRecordIndex + failed.Count}); "
            + $"if not, with Skip({partial.NextRecordIndex}).");
    }
}
