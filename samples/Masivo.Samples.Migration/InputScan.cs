namespace Masivo.Samples.Migration;

/// <summary>
/// What the first pass over the input found: how many records, how many valid, and the first rejections;
/// and the requests the valid ones make and the events or transactions they hold (0 for contacts and customers).
/// </summary>
internal sealed record InputCount(int Rows, int Valid, int Rejected, IReadOnlyList<(long Line, string Reason)> FirstRejections, long FirstLine, long LastLine)
{
    public int Batches { get; init; }

    public long Items { get; init; }
}

/// <summary>
/// The first pass: reads every record, counts the valid ones (so the migration knows its size and
/// can estimate the time left, with the requests counted as the SDK will cut them) and
/// writes each rejected one, with its line and reason, to the rejected file.
/// </summary>
internal static class InputScan
{
    public const int RejectionsShown = 5;

    public static async Task<InputCount> CountAsync<T>(string file, OutputFile rejectedFile, BatchCounter batches, CancellationToken cancellationToken)
        where T : class
    {
        int rows = 0, valid = 0;
        long first = 0, last = 0;
        var shown = new List<(long, string)>();
        await using var rejected = new RejectedFile(rejectedFile);
        await foreach (var row in RecordFile.ReadAsync<T>(file, cancellationToken))
        {
            rows++;
            first = first == 0 ? row.Line : first;
            last = row.Line;
            if (row.IsValid)
            {
                valid++;
                batches.Add(RecordKinds.ItemsOf(row.Record));
                continue;
            }

            await rejected.WriteAsync(row.Line, row.Rejection!, row.Raw, cancellationToken);
            if (shown.Count < RejectionsShown)
            {
                shown.Add((row.Line, row.Rejection!));
            }
        }

        return new InputCount(rows, valid, rows - valid, shown, first, last) { Batches = batches.Batches, Items = batches.Items };
    }
}
