using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk.Benchmarks;

/// <summary>
/// How a 10,000-contact migration body is best sent: serialized once into a pooled buffer with a
/// Content-Length (what the SDK does), or streamed chunked by <see cref="JsonContent"/>. "Twice"
/// sends the same content again, as a retry does.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class MigrationBodyBenchmarks
{
    private ContactMigrationBatch _batch = null!;
    private int _bodySize;

    [GlobalSetup]
    public void Setup()
    {
        _batch = new ContactMigrationBatch(ContactGenerator.Sequence(10_000).ToList());
        using var content = PooledJsonContent.Create(_batch, MasivoJsonContext.Default.ContactMigrationBatch, 1024);
        _bodySize = (int)content.Headers.ContentLength!.Value;
    }

    [Benchmark(Baseline = true)]
    public Task Streamed() => SendAsync(JsonContent.Create(_batch, MasivoJsonContext.Default.ContactMigrationBatch), times: 1);

    [Benchmark]
    public Task Pooled() => SendAsync(PooledJsonContent.Create(_batch, MasivoJsonContext.Default.ContactMigrationBatch, _bodySize), times: 1);

    [Benchmark]
    public Task StreamedTwice() => SendAsync(JsonContent.Create(_batch, MasivoJsonContext.Default.ContactMigrationBatch), times: 2);

    [Benchmark]
    public Task PooledTwice() => SendAsync(PooledJsonContent.Create(_batch, MasivoJsonContext.Default.ContactMigrationBatch, _bodySize), times: 2);

    private static async Task SendAsync(HttpContent content, int times)
    {
        using (content)
        {
            for (var i = 0; i < times; i++)
            {
                await content.CopyToAsync(Stream.Null);
            }
        }
    }
}
