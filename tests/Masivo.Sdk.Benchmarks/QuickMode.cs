using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace Masivo.Sdk.Benchmarks;

/// <summary>
/// `--quick`: the per-call benchmarks in about 20 seconds, one line per operation with the SDK's and
/// plain Refit's time and allocation ratios to the floor. Every method is first called until it runs
/// fully optimized code; then the nine benchmarks take turns, round after round, and each reports its
/// median round. Taking turns puts the floor and the SDK under the same machine noise; BenchmarkDotNet's
/// in-process runs, one benchmark after another, could put one of them several times off on 2 cores.
/// The full suite (<c>--filter '*CallBenchmarks*'</c>) is BenchmarkDotNet's, out of process.
/// </summary>
public static class QuickMode
{
    private const int SettlingCalls = 40_000;
    private const int Rounds = 15;
    private const int CallsPerRound = 4_000;

    public static int Run()
    {
        var benchmarks = new CallBenchmarks();
        benchmarks.Setup();
        try
        {
            var calls = typeof(CallBenchmarks).GetMethods()
                .Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null)
                .ToDictionary(m => m.Name, m => m.CreateDelegate<Func<Task>>(benchmarks)); // bound: no reflection cost in the measured loop

            foreach (var call in calls.Values)
            {
                Measure(call, SettlingCalls);
            }

            var rounds = calls.Keys.ToDictionary(name => name, _ => new List<(double Micros, double Bytes)>());
            for (var round = 0; round < Rounds; round++)
            {
                foreach (var (name, call) in calls)
                {
                    rounds[name].Add(Measure(call, CallsPerRound));
                }
            }

            var medians = rounds.ToDictionary(r => r.Key, r => (Micros: Median(r.Value.Select(x => x.Micros)), Bytes: Median(r.Value.Select(x => x.Bytes))));
            foreach (var (operation, prefix) in new[] { ("coupons.redeem", "Redeem"), ("customers.create", "Create"), ("contacts.search", "Search") })
            {
                var floor = medians[prefix + "Floor"];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{operation,-17} floor {floor.Micros,6:N1} µs {floor.Bytes,7:N0} B | SDK {Ratio(medians[prefix + "Sdk"], floor)} | plain Refit {Ratio(medians[prefix + "PlainRefit"], floor)}"));
            }

            return 0;
        }
        finally
        {
            benchmarks.Cleanup();
        }
    }

    private static (double Micros, double Bytes) Measure(Func<Task> call, int count)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            call().GetAwaiter().GetResult();
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        return (elapsed.TotalMicroseconds / count, (double)(GC.GetAllocatedBytesForCurrentThread() - allocated) / count);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private static string Ratio((double Micros, double Bytes) result, (double Micros, double Bytes) floor) => string.Create(CultureInfo.InvariantCulture,
        $"{result.Micros / floor.Micros:0.00}x time, {result.Bytes / floor.Bytes:0.00}x alloc ({result.Micros:N1} µs, {result.Bytes:N0} B)");
}
