using Masivo.Sdk;

namespace Masivo.Samples.Quickstart;

/// <summary>
/// Prints one line per completed batch. The SDK reports a batch when it is sent and again when it
/// completes; printing every report would show each line twice.
/// </summary>
internal sealed class BatchProgressPrinter(TextWriter output) : IProgress<MigrationProgress>
{
    private int _batchesPrinted;

    public void Report(MigrationProgress value)
    {
        if (value.BatchesCompleted == _batchesPrinted)
        {
            return;
        }

        _batchesPrinted = value.BatchesCompleted;
        output.WriteLine($"   progress: {value.RecordsSucceeded:N0} acknowledged, {value.BatchesCompleted} batches, {value.Elapsed.TotalSeconds:0.0} s");
    }
}
