using System.Text.Json;

namespace Masivo.Samples.Migration;

/// <summary>
/// Writes the records that were not migrated as JSON Lines, the tool's own input format, so the file
/// can be given back to the tool to send them again. The file appears complete or not at all: it is
/// written beside its final name and moved there when done. A file left by an earlier run is removed
/// when there is nothing to write.
/// </summary>
internal static class FailedFile
{
    public static async Task<int> WriteAsync<T>(string path, IEnumerable<T> records, IAsyncEnumerable<T> unread)
    {
        var partial = path + ".partial";
        var count = 0;
        await using (var writer = new StreamWriter(partial))
        {
            foreach (var record in records)
            {
                await writer.WriteLineAsync(JsonSerializer.Serialize(record, RecordFile.Json));
                count++;
            }

            await foreach (var record in unread)
            {
                await writer.WriteLineAsync(JsonSerializer.Serialize(record, RecordFile.Json));
                count++;
            }
        }

        if (count == 0)
        {
            File.Delete(partial);
            File.Delete(path);
        }
        else
        {
            File.Move(partial, path, overwrite: true);
        }

        return count;
    }
}
