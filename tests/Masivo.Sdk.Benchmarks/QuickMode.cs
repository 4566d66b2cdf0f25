using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace Masivo.Sdk.Benchmarks;

/// <summary>
/// `--quick`: the per-call benchmarks in about a minute, one line per operation with the SDK's and
/// plain Refit's time and allocation ratios to the floor (over the socket, also the floor's with a resilience handler), first over a loopback socket
/// (<see cref="SocketCallBenchmarks"/>), then in memory (<see cref="CallBenchmarks"/>, the SDK's own
/// overhead). Every method is first called until it runs fully optimized code; then the benchmarks of a
/// class take turns, round after round, and each reports its median round. Taking turns puts the floor
/// and the SDK under the same machine noise; BenchmarkDotNet's in-process runs, one benchmark after
/// another, could put one of them several times off on 2 cores. The full suites
/// (<c>--filter '*CallBenchmarks*'</c>) are BenchmarkDotNet's, out of process.
/// </summary>
public static class QuickMode
{
    // In memory: calls take microseconds and stay on this thread, so its own allocation counter is exact.
    private static readonly Pace InMemory = new(SettlingCalls: 40_000, Rounds: 15, CallsPerRound: 4_000, AllThreads: false);

    // Over a socket: calls take tens of microseconds and continue on pool threads, so allocations are
    // counted on all threads (as BenchmarkDotNet's MemoryDiagnoser does); the server is another process.
    // Shorter rounds, more of them: the turns are finer, so a burst of noise is shared more evenly.
    private static readonly Pace Socket = new(SettlingCalls: 3_000, Rounds: 45, CallsPerRound: 100, AllThreads: true);

    // A 10,000-contact batch takes tens of milliseconds.
    private static readonly Pace Migration = Socket with { SettlingCalls = 10, Rounds = 15, CallsPerRound = 1 };

    private static readonly (string Operation, string Prefix)[] InMemoryOperations =
        [("coupons.redeem", "Redeem"), ("customers.create", "Create"), ("contacts.search", "Search")];

    private static readonly (string Operation, string Prefix)[] SocketOperations =
        [.. InMemoryOperations, ("customers.get", "Get"), ("contacts.migrate", "Migrate")];

    public static int Run()
    {
        Console.WriteLine($"over a loopback socket (out-of-process server; migrate is one {SocketCallBenchmarks.MigrationRecords:N0}-contact batch):");
        var socket = new SocketCallBenchmarks();
        socket.Setup();
        try
        {
            Report(Measure(socket, name => name.StartsWith("Migrate", StringComparison.Ordinal) ? Migration : Socket), SocketOperations);
        }
        finally
        {
            socket.Cleanup();
        }

        Console.WriteLine("in memory (the SDK's own overhead):");
        var inMemory = new CallBenchmarks();
        inMemory.Setup();
        try
        {
            Report(Measure(inMemory, _ => InMemory), InMemoryOperations);
        }
        finally
        {
            inMemory.Cleanup();
        }

        return 0;
    }

    private static Dictionary<string, (double Micros, double Bytes)> Measure(object benchmarks, Func<string, Pace> paceOf)
    {
        var calls = benchmarks.GetType().GetMethods()
            .Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null)
            .ToDictionary(m => m.Name, m => (Call: m.CreateDelegate<Func<Task>>(benchmarks), Pace: paceOf(m.Name))); // bound: no reflection cost in the measured loop

        foreach (var (call, pace) in calls.Values)
        {
            Measure(call, pace.SettlingCalls, pace.AllThreads);
        }

        var rounds = calls.Keys.ToDictionary(name => name, _ => new List<(double Micros, double Bytes)>());
        for (var round = 0; round < calls.Values.Max(c => c.Pace.Rounds); round++)
        {
            foreach (var (name, (call, pace)) in calls.Where(c => round < c.Value.Pace.Rounds))
            {
                rounds[name].Add(Measure(call, pace.CallsPerRound, pace.AllThreads));
            }
        }

        return rounds.ToDictionary(r => r.Key, r => (Micros: Median(r.Value.Select(x => x.Micros)), Bytes: Median(r.Value.Select(x => x.Bytes))));
    }

    private static void Report(Dictionary<string, (double Micros, double Bytes)> medians, (string Operation, string Prefix)[] operations)
    {
        foreach (var (operation, prefix) in operations)
        {
            var floor = medians[prefix + "Floor"];
            var resilient = medians.TryGetValue(prefix + "FloorResilient", out var withResilience)
                ? $" | floor with a resilience handler {Ratio(withResilience, floor)}"
                : string.Empty;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{operation,-17} floor {floor.Micros,6:N1} µs {floor.Bytes,7:N0} B | SDK {Ratio(medians[prefix + "Sdk"], floor)} | plain Refit {Ratio(medians[prefix + "PlainRefit"], floor)}{resilient}"));
        }
    }

    private static (double Micros, double Bytes) Measure(Func<Task> call, int count, bool allThreads)
    {
        var allocated = Allocated(allThreads);
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            call().GetAwaiter().GetResult();
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        return (elapsed.TotalMicroseconds / count, (double)(Allocated(allThreads) - allocated) / count);
    }

    private static long Allocated(bool allThreads) => allThreads ? GC.GetTotalAllocatedBytes(precise: true) : GC.GetAllocatedBytesForCurrentThread();

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private static string Ratio((double Micros, double Bytes) result, (double Micros, double Bytes) floor) => string.Create(CultureInfo.InvariantCulture,
        $"{result.Micros / floor.Micros:0.00}x time, {result.Bytes / floor.Bytes:0.00}x alloc ({result.Micros:N1} µs, {result.Bytes:N0} B)");

    private sealed record Pace(int SettlingCalls, int Rounds, int CallsPerRound, bool AllThreads);
}
