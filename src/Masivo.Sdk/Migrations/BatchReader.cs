using System.Globalization;

namespace Masivo.Sdk.Migrations;

/// <summary>Reads the source one batch at a time, validating each record as it is read.</summary>
internal sealed class BatchReader<T>(IAsyncEnumerator<T> source, MigrationPlan<T> plan)
{
    private int _batches;

    public int RecordsRead { get; private set; }

    /// <summary>Reads the next batch, or <see langword="null"/> at the end of the source.</summary>
    /// <param name="resumeIndex">Where the caller should resume if a record is invalid, for the message.</param>
    public async ValueTask<MigrationBatch<T>?> ReadAsync(int resumeIndex)
    {
        var first = RecordsRead;
        var records = new List<T>(plan.BatchSize);
        while (records.Count < plan.BatchSize && await source.MoveNextAsync().ConfigureAwait(false))
        {
            Validate(plan, source.Current, RecordsRead, resumeIndex);
            records.Add(source.Current);
            RecordsRead++;
        }

        return records.Count == 0 ? null : new MigrationBatch<T>(_batches++, first, records);
    }

    /// <summary>Throws an <see cref="ArgumentException"/> naming the record, the field, and where to resume.</summary>
    public static void Validate(MigrationPlan<T> plan, T record, int index, int resumeIndex)
    {
        try
        {
            if (record is null)
            {
                throw new ArgumentException("The record is null.");
            }

            plan.ValidateRecord?.Invoke(record);
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
}
