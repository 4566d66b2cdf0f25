using System.Diagnostics;
using System.Globalization;
using Masivo.Sdk.Internal;
using Microsoft.Extensions.DependencyInjection;

namespace Masivo.Sdk.Benchmarks;

/// <summary>
/// Peak managed memory of a 1,000,000-contact migration from an IAsyncEnumerable, sampled while it
/// runs, next to the managed size of one 10,000-contact batch: the SDK should hold about two batches.
/// </summary>
public static class MigrationMemoryProbe
{
    public static async Task<int> RunAsync(int records)
    {
        var (batchBytes, bodyBytes) = MeasureBatchBytes();
        using var services = SdkClientFactory.Create(new SinkHandler("""{"data":{"message":"Contacts batch enqueued successfully"}}"""));
        var client = services.GetRequiredService<MasivoClient>();

        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        long livePeak = 0;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            for (var sample = 0; !stop.IsCancellationRequested; sample++)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));

                // Every 50th sample, a full collection shows what is really held, garbage excluded.
                if (sample % 50 == 0)
                {
                    livePeak = Math.Max(livePeak, GC.GetTotalMemory(forceFullCollection: true));
                }

                await Task.Delay(2, CancellationToken.None);
            }
        });

        var watch = Stopwatch.StartNew();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var result = await client.Contacts.MigrateAsync(ContactGenerator.StreamAsync(records));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        watch.Stop();
        await stop.CancelAsync();
        await sampler;

        var peakAboveBaseline = peak - baseline;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            Migration of {result.SucceededRecords:N0} full-field contacts from an IAsyncEnumerable (pacing off, in-memory sink)
              elapsed                      {watch.Elapsed.TotalSeconds:0.00} s ({records / watch.Elapsed.TotalSeconds:N0} records/s)
              allocated                    {allocated / (double)records:N0} bytes/record
              one 10,000-contact batch     {batchBytes / 1048576.0:N1} MiB managed, of which its JSON body {bodyBytes / 1048576.0:N1} MiB
              peak live managed memory     {(livePeak - baseline) / 1048576.0:N1} MiB above the starting heap = {(livePeak - baseline) / (double)batchBytes:N1} batches (sampled with full collections)
              peak managed heap            {peakAboveBaseline / 1048576.0:N1} MiB, garbage not yet collected included
              process peak working set     {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MiB
            """));
        return result.SucceededRecords == records ? 0 : 1;
    }

    /// <summary>The managed bytes a batch of 10,000 records occupies, serialized body included, and the body's size.</summary>
    private static (long Batch, long Body) MeasureBatchBytes()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var batch = ContactGenerator.Sequence(ContactsClient.DefaultMigrationBatchSize).ToList();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        using var content = PooledJsonContent.Create(new ContactMigrationBatch(batch), MasivoJsonContext.Default.ContactMigrationBatch, 1024);
        GC.KeepAlive(batch);
        var body = content.Headers.ContentLength!.Value;
        return (after - before + body, body);
    }
}
