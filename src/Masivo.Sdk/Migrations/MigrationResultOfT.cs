namespace Masivo.Sdk;

/// <summary>The outcome of a migration, batch by batch, with the records of every failed batch.</summary>
/// <typeparam name="T">The record type.</typeparam>
public sealed class MigrationResult<T> : MigrationResult
{
    /// <summary>
    /// Initializes a new instance of the <see cref="MigrationResult{T}"/> class from its batches (in a test
    /// double, say): the counts and <see cref="MigrationResult.NextRecordIndex"/> are computed from them, so they always add up.
    /// </summary>
    /// <param name="batches">Every batch, in order: indexes from 0, each starting where the previous one ended.</param>
    /// <param name="elapsed">How long the migration ran.</param>
    /// <exception cref="ArgumentNullException"><paramref name="batches"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The batches are out of order, overlap, or leave a gap.</exception>
    public MigrationResult(IReadOnlyList<MigrationBatchResult<T>> batches, TimeSpan elapsed)
        : this(Checked(batches), elapsed < TimeSpan.Zero ? throw new ArgumentOutOfRangeException(nameof(elapsed), "Elapsed cannot be negative.") : elapsed)
    {
    }

    // The batches are a copy, checked once: a caller changing its list afterwards changes nothing here.
    private MigrationResult(MigrationBatchResult<T>[] batches, TimeSpan elapsed)
        : base(
            batches.Sum(b => b.Count),
            batches.Where(b => b.Succeeded).Sum(b => b.Count),
            batches.Where(b => !b.Succeeded).Sum(b => b.Count),
            batches.FirstOrDefault(b => !b.Succeeded)?.FirstRecordIndex ?? batches.Sum(b => b.Count),
            elapsed)
    {
        Batches = batches;
        FailedBatches = batches.Where(b => !b.Succeeded).ToArray();
    }

    /// <summary>Gets every batch, in order.</summary>
    public IReadOnlyList<MigrationBatchResult<T>> Batches { get; }

    /// <summary>Gets the batches that failed, in order, each with its records.</summary>
    public IReadOnlyList<MigrationBatchResult<T>> FailedBatches { get; }

    private static MigrationBatchResult<T>[] Checked(IReadOnlyList<MigrationBatchResult<T>> batches)
    {
        ArgumentNullException.ThrowIfNull(batches);
        var copy = batches.ToArray();
        long next = 0;
        for (var i = 0; i < copy.Length; i++)
        {
            if (copy[i] is null)
            {
                throw new ArgumentException($"Batch {i} is null.", nameof(batches));
            }

            if (copy[i].BatchIndex != i || copy[i].FirstRecordIndex != next)
            {
                throw new ArgumentException($"Batch {i} must have BatchIndex {i} and start at record {next}: batches follow the source in order, without gaps.", nameof(batches));
            }

            next += copy[i].Count;
            if (next > int.MaxValue)
            {
                throw new ArgumentException($"The batches hold more than {int.MaxValue} records.", nameof(batches));
            }
        }

        return copy;
    }
}
