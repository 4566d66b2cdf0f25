using System.Text.Json;

namespace Masivo.Samples.Migration;

/// <summary>
/// What writing the failed file came to: how many records it holds (or should hold), how many valid
/// rows could not be read back from the input, where the records are (<see langword="null"/> when
/// nowhere, or when there were none), and what went wrong on the way.
/// </summary>
internal sealed record FailedWrite(int Records, int NotRead, string? WrittenTo, IReadOnlyList<string> Problems, string? InputProblem);

/// <summary>
/// Writes the records that were not migrated as JSON Lines, the tool's own input format, so the file
/// can be given back to the tool to send them again. The file appears complete or not at all: it is
/// written as <c>&lt;failed&gt;.partial</c> and moved to its name when done. If the move fails, the
/// records stay in the <c>.partial</c> file; if that cannot be written either, they go to a new file in
/// the temporary folder. Writing never throws: the result says where the records are. With nothing to
/// write, a default-named file left by an earlier run is removed, and a file at a path given with
/// <c>--failed</c> (there only with <c>--overwrite</c>) is replaced by an empty one.
/// </summary>
internal static class FailedFile
{
    public static Task<FailedWrite> WriteAsync<T>(RunFiles files, IReadOnlyList<T> records, Func<IAsyncEnumerable<T>> unread, int unreadCount) =>
        WriteAsync(files.Failed, records, unread, unreadCount);

    /// <summary>Writes <paramref name="records"/> to <paramref name="target"/> (the failed file or the check file), by the same rules.</summary>
    public static async Task<FailedWrite> WriteAsync<T>(OutputFile target, IReadOnlyList<T> records, Func<IAsyncEnumerable<T>> unread, int unreadCount)
    {
        var partial = target.Path + RunFiles.PartialSuffix;
        var problems = new List<string>();
        if (records.Count == 0 && unreadCount <= 0)
        {
            return new FailedWrite(0, 0, Place(target, null, 0, problems), problems, null);
        }

        var attempt = await TryWriteAsync(partial, records, unread, unreadCount);
        if (attempt.Error is null)
        {
            return new FailedWrite(attempt.Count, attempt.NotRead, Place(target, partial, attempt.Count, problems), problems, attempt.InputProblem);
        }

        problems.Add($"{partial} cannot be written: {attempt.Error}");
        var spare = Path.Combine(Path.GetTempPath(), $"masivo-failed-{Guid.NewGuid():N}.jsonl");
        attempt = await TryWriteAsync(spare, records, unread, unreadCount);
        if (attempt.Error is null)
        {
            if (attempt.Count == 0)
            {
                File.Delete(spare);
            }

            return new FailedWrite(attempt.Count, attempt.NotRead, attempt.Count > 0 ? spare : null, problems, attempt.InputProblem);
        }

        problems.Add($"{spare} cannot be written: {attempt.Error}");
        return new FailedWrite(records.Count + unreadCount, 0, null, problems, attempt.InputProblem);
    }

    /// <summary>Moves the written partial file to the failed file's name, or applies the rule for an empty run; returns where the records are.</summary>
    private static string? Place(OutputFile failed, string? partial, int count, List<string> problems)
    {
        try
        {
            if (partial is not null && (count > 0 || (File.Exists(failed.Path) && !failed.RemovesStale)))
            {
                File.Move(partial, failed.Path, overwrite: true);
                return count > 0 ? failed.Path : null;
            }

            if (partial is not null)
            {
                File.Delete(partial);
            }

            if (failed.RemovesStale && File.Exists(failed.Path))
            {
                File.Delete(failed.Path);
            }

            return null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            problems.Add(partial is not null && count > 0
                ? $"{partial} cannot be moved to {failed.Path}: {error.Message}"
                : $"{failed.Name} cannot be updated: {error.Message}");
            return count > 0 ? partial : null;
        }
    }

    private static async Task<(int Count, int NotRead, string? Error, string? InputProblem)> TryWriteAsync<T>(
        string path, IReadOnlyList<T> records, Func<IAsyncEnumerable<T>> unread, int unreadCount)
    {
        var count = 0;
        var read = 0;
        string? inputProblem = null;
        var created = false;
        try
        {
            await using var writer = new StreamWriter(path, append: false);
            created = true;
            foreach (var record in records)
            {
                await writer.WriteLineAsync(JsonSerializer.Serialize(record, RecordFile.Json));
                count++;
            }

            if (unreadCount > 0)
            {
                // Errors reading the input end the reading (those rows are "not read"); errors writing end the attempt.
                var rest = unread().GetAsyncEnumerator();
                try
                {
                    while (true)
                    {
                        T record;
                        try
                        {
                            if (!await rest.MoveNextAsync())
                            {
                                break;
                            }

                            record = rest.Current;
                        }
                        catch (Exception error) when (IsInputError(error))
                        {
                            inputProblem = error.Message;
                            break;
                        }

                        await writer.WriteLineAsync(JsonSerializer.Serialize(record, RecordFile.Json));
                        count++;
                        read++;
                    }
                }
                finally
                {
                    try
                    {
                        await rest.DisposeAsync();
                    }
                    catch (Exception error) when (IsInputError(error))
                    {
                        inputProblem ??= error.Message;
                    }
                }
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            try
            {
                // Only a file this attempt created (or truncated): never one it could not even open.
                if (created)
                {
                    File.Delete(path);
                }
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the attempt already failed.
            }

            return (0, 0, error.Message, inputProblem);
        }

        return (count, Math.Max(0, unreadCount - read), null, inputProblem);
    }

    private static bool IsInputError(Exception error) =>
        error is IOException or UnauthorizedAccessException or InvalidDataException or CsvHelper.CsvFormatException;
}
