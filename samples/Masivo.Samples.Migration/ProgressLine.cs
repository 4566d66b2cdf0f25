using System.Globalization;
using Masivo.Sdk;

namespace Masivo.Samples.Migration;

/// <summary>The text of the live progress bar: records, batches, rate and time left.</summary>
internal static class ProgressLine
{
    public static string Describe(MigrationProgress progress, TimeLeft timeLeft)
    {
        var rate = progress.Elapsed.TotalSeconds > 0 ? progress.RecordsSucceeded / progress.Elapsed.TotalSeconds : 0;
        return string.Create(CultureInfo.InvariantCulture,
            $"{progress.RecordsSucceeded:N0} ok, {progress.RecordsFailed:N0} failed, {progress.BatchesCompleted:N0}/{timeLeft.Batches:N0} batches, {rate:N0}/s, {TimeLeft.Format(timeLeft.After(progress))} left");
    }
}
