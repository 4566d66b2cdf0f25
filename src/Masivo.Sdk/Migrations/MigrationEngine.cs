using System.Globalization;

namespace Masivo.Sdk.Migrations;

/// <summary>
/// Streams a source into batches, sends them paced to Masivo's migration limiter, and accounts for
/// every record read: each ends up in exactly one batch result, failed batches keeping their records.
/// Only the batch being sent is held in memory.
/// </summary>
internal static class MigrationEngine
{
    /// <summary>Migrates a synchronous source; a collection is validated whole before anything is sent.</summary>
    public static Task<MigrationResult<T>> RunAsync<T>(IEnumerable<T> source, MigrationPlan<T> plan, CancellationToken cancellationToken)
    {
        var count = AsyncSource.CountOf(source);
        if (count is not null)
        {
            var index = 0;
            foreach (var record in source)
            {
                Validate(plan, record, index++, resumeIndex: 0);
            }
        }

        return RunAsync(AsyncSource.From(source), count, plan, cancellationToken);
    }

    public static async Task<MigrationResult<T>> RunAsync<T>(IAsyncEnumerable<T> source, int? knownCount, MigrationPlan<T> plan, CancellationToken cancellationToken)
    {
        var time = plan.TimeProvider;
        var started = time.GetTimestamp();
        var batches = new List<MigrationBatchResult<T>>();
        var buffer = new List<T>(Math.Min(plan.BatchSize, knownCount ?? plan.BatchSize));
        int read = 0, sent = 0, succeeded = 0, failed = 0, failedBatches = 0;
        int? firstUnacknowledged = null;
        long? lastRequestStart = null;

        var enumerator = source.GetAsyncEnumerator(cancellationToken);
        await using (enumerator.ConfigureAwait(false))
        {
            while (true)
            {
                var firstIndex = read;
                while (buffer.Count < plan.BatchSize && await enumerator.MoveNextAsync().ConfigureAwait(false))
                {
                    Validate(plan, enumerator.Current, read, firstUnacknowledged ?? firstIndex);
                    buffer.Add(enumerator.Current);
                    read++;
                }

                if (buffer.Count == 0)
                {
                    break;
                }

                await PaceAsync(time, lastRequestStart, plan.RequestInterval, cancellationToken).ConfigureAwait(false);
                lastRequestStart = time.GetTimestamp();
                var batchIndex = batches.Count;
                try
                {
                    var message = await plan.SendBatchAsync(buffer, cancellationToken).ConfigureAwait(false);
                    batches.Add(new MigrationBatchResult<T>(batchIndex, firstIndex, buffer.Count, message, error: null, records: null));
                    succeeded += buffer.Count;
                    sent += buffer.Count;
                    buffer.Clear();
                }
                catch (MasivoException error)
                {
                    var records = buffer.ToArray();
                    batches.Add(new MigrationBatchResult<T>(batchIndex, firstIndex, records.Length, message: null, error, records));
                    failed += records.Length;
                    sent += records.Length;
                    failedBatches++;
                    firstUnacknowledged ??= firstIndex;
                    buffer.Clear();

                    if (!plan.Options.ContinueOnBatchFailure)
                    {
                        var partial = new MigrationResult<T>(batches, read, firstIndex, time.GetElapsedTime(started));
                        Report(plan, read, sent, succeeded, failed, batches.Count, failedBatches, knownCount, time.GetElapsedTime(started));
                        throw new MasivoMigrationException(StoppedMessage(plan, batchIndex, firstIndex, records.Length, succeeded, read, error), partial, error);
                    }
                }

                Report(plan, read, sent, succeeded, failed, batches.Count, failedBatches, knownCount, time.GetElapsedTime(started));
            }
        }

        return new MigrationResult<T>(batches, read, firstUnacknowledged ?? read, time.GetElapsedTime(started));
    }

    private static void Validate<T>(MigrationPlan<T> plan, T record, int index, int resumeIndex)
    {
        try
        {
            if (record is null)
            {
                throw new ArgumentException("The record is null.");
            }

            plan.ValidateRecord?.Invoke(record, index);
        }
        catch (ArgumentException invalid)
        {
            var resume = resumeIndex == 0
                ? "Nothing was sent."
                : string.Create(CultureInfo.InvariantCulture, $"Records before index {resumeIndex} were sent; after fixing the source, resume with Skip({resumeIndex}).");
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{plan.RecordName}[{index}] cannot be migrated: {invalid.Message} {resume}"),
                plan.RecordName,
                invalid);
        }
    }

    private static async Task PaceAsync(TimeProvider time, long? lastRequestStart, TimeSpan interval, CancellationToken cancellationToken)
    {
        if (lastRequestStart is null || interval <= TimeSpan.Zero)
        {
            return;
        }

        var wait = interval - time.GetElapsedTime(lastRequestStart.Value);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private static void Report<T>(MigrationPlan<T> plan, int read, int sent, int succeeded, int failed, int batches, int failedBatches, int? knownCount, TimeSpan elapsed)
    {
        if (plan.Options.Progress is not { } progress)
        {
            return;
        }

        TimeSpan? remaining = null;
        if (knownCount is { } total)
        {
            var batchesLeft = (int)Math.Ceiling((total - sent) / (double)plan.BatchSize);
            var perBatch = batches == 0 ? plan.RequestInterval : TimeSpan.FromTicks(Math.Max(plan.RequestInterval.Ticks, elapsed.Ticks / batches));
            remaining = perBatch * batchesLeft;
        }

        progress.Report(new MigrationProgress
        {
            RecordsRead = read,
            RecordsSent = sent,
            RecordsSucceeded = succeeded,
            RecordsFailed = failed,
            BatchesCompleted = batches,
            BatchesFailed = failedBatches,
            TotalRecords = knownCount,
            Elapsed = elapsed,
            EstimatedTimeRemaining = remaining,
        });
    }

    private static string StoppedMessage<T>(MigrationPlan<T> plan, int batchIndex, int firstIndex, int count, int succeeded, int read, MasivoException error) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"The {plan.RecordName} migration stopped at batch {batchIndex} (records {firstIndex} to {firstIndex + count - 1}): {error.Message} "
            + $"{succeeded} of the {read} records read were acknowledged; resume with Skip({firstIndex}), or set ContinueOnBatchFailure to carry on past failed batches.");
}
