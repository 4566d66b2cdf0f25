namespace Masivo.Sdk.Tests.Support;

internal static class MigrationAssert
{
    /// <summary>
    /// The invariant of every migration: each record read is in exactly one batch, batches tile the
    /// source in order, failed batches hold their records, and the counts add up.
    /// </summary>
    public static void AccountsForEveryRecord<T>(MigrationResult<T> result, IReadOnlyList<T> source)
    {
        var expectedStart = 0;
        foreach (var batch in result.Batches)
        {
            Assert.Equal(expectedStart, batch.FirstRecordIndex);
            if (!batch.Succeeded)
            {
                Assert.NotNull(batch.Error);
                Assert.Equal(source.Skip(batch.FirstRecordIndex).Take(batch.Count), batch.Records!);
            }
            else
            {
                Assert.Null(batch.Records);
            }

            expectedStart += batch.Count;
        }

        Assert.Equal(result.TotalRecords, expectedStart);
        Assert.Equal(result.TotalRecords, result.SucceededRecords + result.FailedRecords);
        Assert.Equal(result.Batches.Where(b => !b.Succeeded), result.FailedBatches);
        Assert.Equal(result.FailedBatches.Count == 0 ? result.TotalRecords : result.FailedBatches[0].FirstRecordIndex, result.NextRecordIndex);
    }
}
