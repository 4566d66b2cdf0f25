using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Masivo.Sdk.Internal;
using Microsoft.Extensions.DependencyInjection;

namespace Masivo.Sdk.Benchmarks;

/// <summary>
/// A migration of generated full-field contacts through the SDK's whole pipeline to an in-memory
/// Masivo, pacing off, against the floor: System.Text.Json serializing the same records in the same
/// batches. Records per second = Records / Mean; bytes per record = Allocated / Records.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class MigrationThroughputBenchmarks
{
    private ServiceProvider _services = null!;
    private MasivoClient _client = null!;

    [Params(1_000_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _services = SdkClientFactory.Create(new SinkHandler("""{"data":{"message":"Contacts batch enqueued successfully"}}"""));
        _client = _services.GetRequiredService<MasivoClient>();
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Baseline = true)]
    public async Task SerializeOnly()
    {
        var batch = new List<ContactMigrationRecord>(ContactsClient.DefaultMigrationBatchSize);
        await foreach (var record in ContactGenerator.StreamAsync(Records))
        {
            batch.Add(record);
            if (batch.Count == ContactsClient.DefaultMigrationBatchSize)
            {
                JsonSerializer.Serialize(Stream.Null, new ContactMigrationBatch(batch), MasivoJsonContext.Default.ContactMigrationBatch);
                batch = new List<ContactMigrationRecord>(ContactsClient.DefaultMigrationBatchSize);
            }
        }

        if (batch.Count > 0)
        {
            JsonSerializer.Serialize(Stream.Null, new ContactMigrationBatch(batch), MasivoJsonContext.Default.ContactMigrationBatch);
        }
    }

    [Benchmark]
    public async Task SdkMigrate()
    {
        var result = await _client.Contacts.MigrateAsync(ContactGenerator.StreamAsync(Records));
        if (result.SucceededRecords != Records)
        {
            throw new InvalidOperationException($"Only {result.SucceededRecords} of {Records} records were acknowledged.");
        }
    }
}
