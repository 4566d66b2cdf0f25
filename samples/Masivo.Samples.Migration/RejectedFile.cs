using CsvHelper;

namespace Masivo.Samples.Migration;

/// <summary>
/// Writes rejected rows as CSV (<c>line,reason,row</c>), created on the first rejection; a file left
/// by an earlier run is removed when nothing is rejected.
/// </summary>
internal sealed class RejectedFile(string path) : IAsyncDisposable
{
    private CsvWriter? _writer;

    public string Path => path;

    public int Count { get; private set; }

    public async Task WriteAsync(long line, string reason, string raw, CancellationToken cancellationToken)
    {
        if (_writer is null)
        {
            _writer = CsvWriter.ToFile(path);
            await _writer.WriteRecordAsync(["line", "reason", "row"], cancellationToken);
        }

        await _writer.WriteRecordAsync([line.ToString(System.Globalization.CultureInfo.InvariantCulture), reason, raw], cancellationToken);
        Count++;
    }

    public async ValueTask DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync();
        }
        else if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
