namespace Masivo.Sdk.ConsumerCheck;

/// <summary>The assertions the checks use; each failure is a <see cref="CheckFailedException"/>.</summary>
internal static class Verify
{
    public static void That(bool condition, string expectation)
    {
        if (!condition)
        {
            throw new CheckFailedException(expectation);
        }
    }

    /// <summary>
    /// Runs the call and returns the exception it threw, which must be exactly
    /// <typeparamref name="TException"/> (a subclass does not count, unless <paramref name="orSubclass"/>):
    /// anything else, a third-party exception above all, fails the check with its full text.
    /// </summary>
    public static async Task<TException> Throws<TException>(Func<Task> call, bool orSubclass = false)
        where TException : Exception
    {
        try
        {
            await call();
        }
        catch (Exception error) when (error.GetType() == typeof(TException) || (orSubclass && error is TException))
        {
            return (TException)error;
        }
        catch (Exception error)
        {
            throw new CheckFailedException($"expected {typeof(TException).FullName}, got {error}");
        }

        throw new CheckFailedException($"expected {typeof(TException).FullName}, but the call succeeded");
    }

    /// <summary>
    /// What the README promises of every migration result: each record read is in exactly one batch
    /// result, batches follow each other, failed batches keep their records, and the counts add up.
    /// </summary>
    public static void Accounts<T>(MigrationResult<T> result, int? expectedTotal = null)
    {
        That(expectedTotal is null || result.TotalRecords == expectedTotal, $"TotalRecords is {expectedTotal} (got {result.TotalRecords})");
        That(result.Batches.Sum(b => b.Count) == result.TotalRecords, $"the batches hold all {result.TotalRecords} records read (got {result.Batches.Sum(b => b.Count)})");

        var next = 0;
        foreach (var batch in result.Batches)
        {
            That(batch.FirstRecordIndex == next, $"batch {batch.BatchIndex} starts at record {next} (got {batch.FirstRecordIndex})");
            next += batch.Count;
            if (!batch.Succeeded)
            {
                That(batch.Records?.Count == batch.Count, $"failed batch {batch.BatchIndex} keeps its {batch.Count} records (got {batch.Records?.Count.ToString() ?? "none"})");
            }
        }

        var succeeded = result.Batches.Where(b => b.Succeeded).Sum(b => b.Count);
        var failed = result.Batches.Where(b => !b.Succeeded).Sum(b => b.Count);
        That(result.SucceededRecords == succeeded, $"SucceededRecords is {succeeded} (got {result.SucceededRecords})");
        That(result.FailedRecords == failed, $"FailedRecords is {failed} (got {result.FailedRecords})");
        That(result.FailedBatches.Count == result.Batches.Count(b => !b.Succeeded), "FailedBatches lists every failed batch");

        var resumeAt = result.Batches.FirstOrDefault(b => !b.Succeeded)?.FirstRecordIndex ?? result.TotalRecords;
        That(result.NextRecordIndex == resumeAt, $"NextRecordIndex is {resumeAt} (got {result.NextRecordIndex})");
        That(result.IsSuccess == (failed == 0), "IsSuccess is true exactly when no batch failed");
    }
}
