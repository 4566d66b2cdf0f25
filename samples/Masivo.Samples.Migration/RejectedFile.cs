using System.Globalization;
using CsvHelper;

namespace Masivo.Samples.Migration;

/// <summary>
/// Writes rejected rows as CSV (<c>line,reason,row</c>), created on the first rejection. When nothing
/// is rejected, a default-named file left by an earlier run is removed, and a file at a path given with
/// <c>--rejected</c> (there only with <c>--overwrite</c>) is replaced by one with the header alone.
/// </summary>
internal sealed class RejectedFile(OutputFile file) : IAsyncDisposable
{
    private CsvWriter? _writer;

    public string Path => file.Path;

    public int Count { get; private set; }

    public async Task WriteAsync(long line, string reason, string raw, CancellationToken cancellationToken)
    {
        await OpenAsync(cancellationToken);
        await _writer!.WriteRecordAsync([line.ToString(CultureInfo.InvariantCulture), reason, raw], cancellationToken);
        Count++;
    }

    public async ValueTask DisposeAsync()
    {
        if (_writer is null && File.Exists(file.Path))
        {
            if (file.RemovesStale)
            {
                File.Delete(file.Path);
            }
            else
            {
                await OpenAsync(CancellationToken.None);
            }
        }

        if (_writer is not null)
        {
            await _writer.DisposeAsync();
        }
    }

    private async Task OpenAsync(CancellationToken cancellationToken)
    {
        if (_writer is null)
        {
            _writer = CsvWriter.ToFile(file.Path);
            await _writer.WriteRecordAsync(["line", "reason", "row"], cancellationToken);
        }
    }
}
