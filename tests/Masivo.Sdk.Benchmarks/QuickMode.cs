using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Masivo.Sdk.Benchmarks;

/// <summary>
/// `--quick`: the per-call benchmarks in process with few iterations (well under a minute), then one
/// line per operation with the SDK's and plain Refit's time and allocation ratios to the floor.
/// </summary>
public static class QuickMode
{
    // Calls per benchmark before measuring, so that every method has reached its final tier: with
    // only BenchmarkDotNet's few warm-up iterations, some still ran unoptimized code and one
    // benchmark of a run could measure several times slower than in the next.
    private const int SettlingCalls = 60_000;

    public static int Run()
    {
        Settle();

        var config = ManualConfig.CreateEmpty()
            .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(6).WithIterationCount(15).WithLaunchCount(1).WithInvocationCount(2048).WithUnrollFactor(16))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddLogger(NullLogger.Instance)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .WithOptions(ConfigOptions.DisableLogFile);
        var summary = BenchmarkRunner.Run<CallBenchmarks>(config);

        var rows = summary.Reports.Where(r => r.ResultStatistics is not null).ToDictionary(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name);
        foreach (var (operation, prefix) in new[] { ("coupons.redeem", "Redeem"), ("customers.create", "Create"), ("contacts.search", "Search") })
        {
            var floor = rows[prefix + "Floor"];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{operation,-17} floor {Mean(floor),8:N1} µs {Allocated(floor),7:N0} B | SDK {Ratio(rows[prefix + "Sdk"], floor)} | plain Refit {Ratio(rows[prefix + "PlainRefit"], floor)}"));
        }

        return 0;
    }

    private static void Settle()
    {
        var benchmarks = new CallBenchmarks();
        benchmarks.Setup();
        try
        {
            var calls = typeof(CallBenchmarks).GetMethods()
                .Where(m => m.GetCustomAttributes(typeof(BenchmarkDotNet.Attributes.BenchmarkAttribute), inherit: false).Length > 0)
                .Select(m => (Func<Task>)(() => (Task)m.Invoke(benchmarks, null)!))
                .ToArray();
            for (var i = 0; i < SettlingCalls; i++)
            {
                foreach (var call in calls)
                {
                    call().GetAwaiter().GetResult();
                }
            }
        }
        finally
        {
            benchmarks.Cleanup();
        }
    }

    private static double Mean(BenchmarkReport report) => report.ResultStatistics!.Mean / 1000;

    private static long Allocated(BenchmarkReport report) => report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;

    private static string Ratio(BenchmarkReport report, BenchmarkReport floor) => string.Create(CultureInfo.InvariantCulture,
        $"{Mean(report) / Mean(floor):0.00}x time, {(double)Allocated(report) / Allocated(floor):0.00}x alloc ({Mean(report):N1} µs, {Allocated(report):N0} B)");
}
