using System.Globalization;
using Masivo.Sdk;

namespace Masivo.Samples.Migration;

/// <summary>
/// Estimates the time a migration has left from what the first pass counted: the batches still to
/// send, each taking the request interval or, once batches have completed, their average time if slower.
/// The batches are those the first pass counted when it did (a batch of events closes at 1,000 events as
/// well as at the batch size), or else the records over the batch size.
/// </summary>
internal sealed class TimeLeft(int totalRecords, int batchSize, TimeSpan interval, int? countedBatches = null)
{
    public int Batches => countedBatches ?? BatchesFor(totalRecords);

    /// <summary>Before anything is sent.</summary>
    public TimeSpan Total => interval * Batches;

    public TimeSpan After(MigrationProgress progress)
    {
        var batchesLeft = countedBatches is { } counted
            ? Math.Max(0, counted - progress.BatchesCompleted)
            : BatchesFor(totalRecords - progress.RecordsSucceeded - progress.RecordsFailed);
        var perBatch = progress.BatchesCompleted == 0
            ? interval
            : TimeSpan.FromTicks(Math.Max(interval.Ticks, progress.Elapsed.Ticks / progress.BatchesCompleted));
        return perBatch * batchesLeft;
    }

    public static string Format(TimeSpan time) => time switch
    {
        { TotalSeconds: < 10 } => time.TotalSeconds.ToString("0.0 's'", CultureInfo.InvariantCulture),
        { TotalMinutes: < 1 } => time.TotalSeconds.ToString("0 's'", CultureInfo.InvariantCulture),
        { TotalHours: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalMinutes} min {time.Seconds:00} s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours} h {time.Minutes:00} min"),
    };

    private int BatchesFor(int records) => records <= 0 ? 0 : (records + batchSize - 1) / batchSize;
}
