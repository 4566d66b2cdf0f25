using Masivo.Samples.Migration;
using Masivo.Sdk;
using Masivo.Sdk.Testing;

namespace Masivo.Samples.Tests;

/// <summary>The time left, estimated from the rows counted before the migration starts.</summary>
public sealed class MigrationTimeLeftTests : IDisposable
{
    private readonly MigrationTool _tool = new();

    public void Dispose() => _tool.Dispose();

    [Fact]
    public async Task Before_sending_the_tool_says_how_many_batches_and_about_how_long_at_the_pacing()
    {
        var file = _tool.PathOf("contacts.csv");
        await File.WriteAllLinesAsync(file, ["external_id,email", .. Enumerable.Range(1, 25).Select(i => $"c-{i},c{i}@example.com")]);
        await using var fake = await MasivoFakeServer.StartAsync();

        var exit = await _tool.RunAsync(fake, TimeSpan.FromMilliseconds(100), [file, "--batch-size", "10"]);

        Assert.True(exit == 0, _tool.Output);
        Assert.Matches(@"Migrating 25 contacts in 3 batches of up to 10 to the embedded fake Masivo at \S+ \(one migration request every 100 ms\): about 0\.3 s\.", _tool.Output.ReplaceLineEndings(" "));
    }

    [Fact]
    public void The_progress_line_shows_the_time_left_at_the_pacing_while_batches_are_faster_than_it()
    {
        var timeLeft = new TimeLeft(totalRecords: 49_995, batchSize: 10_000, interval: TimeSpan.FromSeconds(5));

        var line = ProgressLine.Describe(Progress(succeeded: 20_000, batches: 2, elapsed: TimeSpan.FromSeconds(6)), timeLeft);

        Assert.Equal(5, timeLeft.Batches);
        Assert.Equal(TimeSpan.FromSeconds(25), timeLeft.Total);
        Assert.Equal("20,000 ok, 0 failed, 2/5 batches, 3,333/s, 15 s left", line);
    }

    [Fact]
    public void The_time_left_follows_the_batches_when_they_are_slower_than_the_pacing()
    {
        var timeLeft = new TimeLeft(totalRecords: 1_000_000, batchSize: 10_000, interval: TimeSpan.FromSeconds(5));

        var left = timeLeft.After(Progress(succeeded: 90_000, failed: 10_000, batches: 10, elapsed: TimeSpan.FromSeconds(80)));

        Assert.Equal(TimeSpan.FromSeconds(8 * 90), left);
        Assert.Equal("12 min 00 s", TimeLeft.Format(left));
        Assert.Equal("8 min 20 s", TimeLeft.Format(timeLeft.Total));
    }

    private static MigrationProgress Progress(int succeeded, int batches, TimeSpan elapsed, int failed = 0) => new()
    {
        RecordsRead = succeeded + failed,
        RecordsSent = succeeded + failed,
        RecordsSucceeded = succeeded,
        RecordsFailed = failed,
        BatchesCompleted = batches,
        BatchesFailed = failed > 0 ? 1 : 0,
        Elapsed = elapsed,
    };
}
