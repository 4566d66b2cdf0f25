using System.Diagnostics;
using System.Globalization;
using Masivo.Sdk.Benchmarks;

namespace Masivo.Sdk.ColdStart;

/// <summary>
/// Starts the loopback server, then launches the children in rounds (each round runs every scenario of every
/// build once, in turn, so a change in the machine's load falls on all of them) and prints, per scenario, the
/// median and the range of what the children reported and of each child's process wall time, measured here.
/// </summary>
/// <remarks>
/// Options: <c>--launches N</c> (rounds, 10 by default); <c>--child-exe [LABEL=]PATH</c>, once or more, runs the
/// children from other builds of this program (a ReadyToRun or Native AOT publish, an older commit's build)
/// instead of this one; <c>--scenarios a,b</c> runs only some of <see cref="ColdStartChild.Scenarios"/>.
/// </remarks>
public static class ColdStartLauncher
{
    public static int Run(string[] args)
    {
        var launches = int.Parse(Option(args, "--launches") ?? "10", CultureInfo.InvariantCulture);
        var scenarios = Option(args, "--scenarios")?.Split(',') ?? ColdStartChild.Scenarios;
        var builds = Options(args, "--child-exe").Select(ChildProgram).ToList();
        if (builds.Count == 0)
        {
            builds.Add(ChildProgram(null));
        }

        using var server = LoopbackServer.Start();
        Console.WriteLine($"Cold start, {launches} launches of each of {string.Join(", ", scenarios)}, from:");
        foreach (var build in builds)
        {
            Console.WriteLine($"  {build.Label}: {build.Program} {string.Join(' ', build.Arguments)}");
        }

        Console.WriteLine($"Loopback server at {server.BaseAddress}; load average {LoadAverage()}");

        var results = builds.SelectMany(b => scenarios.Select(s => (b.Label, Scenario: s)))
            .ToDictionary(k => k, _ => new List<(double Wall, Dictionary<string, double[]> Phases)>());
        for (var round = 0; round < launches; round++)
        {
            foreach (var build in builds)
            {
                foreach (var scenario in scenarios)
                {
                    results[(build.Label, scenario)].Add(Launch(build, scenario, server.BaseAddress));
                }
            }
        }

        Console.WriteLine($"Load average after: {LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine("median [min–max] over the launches; a phase: ms, methods jitted, JIT ms");
        foreach (var ((label, scenario), runs) in results)
        {
            var name = builds.Count > 1 ? label + " " + scenario : scenario;
            var floor = results.GetValueOrDefault((label, ColdStartChild.Floor));
            var ratio = floor is null || scenario == ColdStartChild.Floor
                ? string.Empty
                : string.Create(CultureInfo.InvariantCulture, $" ({Median(runs.Select(r => r.Phases["total"][0])) / Median(floor.Select(r => r.Phases["total"][0])):F2}× the floor's total)");
            Console.WriteLine($"{name}: process wall {Summary(runs.Select(r => r.Wall))} ms{ratio}");
            foreach (var phase in runs[0].Phases.Keys)
            {
                if (phase == "assemblies")
                {
                    Console.WriteLine($"    assemblies loaded {Summary(runs.Select(r => r.Phases[phase][0]), "F0")}");
                    continue;
                }

                var values = runs.Select(r => r.Phases[phase]).ToList();
                Console.WriteLine($"    {phase,-8} {Summary(values.Select(v => v[0]))} ms"
                    + (values[0].Length > 1 ? $", {Summary(values.Select(v => v[1]), "F0")} methods, JIT {Summary(values.Select(v => v[2]))} ms" : string.Empty));
            }
        }

        return 0;
    }

    private static (double Wall, Dictionary<string, double[]> Phases) Launch(ChildBuild build, string scenario, Uri baseAddress)
    {
        var start = new ProcessStartInfo(build.Program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in build.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("child");
        start.ArgumentList.Add(scenario);
        start.ArgumentList.Add(baseAddress.ToString());

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{build.Program} did not start.");
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var wall = clock.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The {scenario} child failed ({process.ExitCode}): {output}{errors}");
        }

        // total=12.3 build=4.5/120/8.1 call=... assemblies=31
        var phases = output.Trim().Split(' ').Select(part => part.Split('=')).ToDictionary(
            pair => pair[0],
            pair => pair[1].Split('/').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray());
        return (wall, phases);
    }

    private static ChildBuild ChildProgram(string? childExe)
    {
        if (childExe is not null)
        {
            var (label, path) = childExe.IndexOf('=', StringComparison.Ordinal) is > 0 and var equals
                ? (childExe[..equals], childExe[(equals + 1)..])
                : (childExe, childExe);
            return new ChildBuild(label, Path.GetFullPath(path), []);
        }

        var self = Environment.ProcessPath ?? throw new InvalidOperationException("This process has no path.");
        var dotnet = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        return string.Equals(Path.GetFileName(self), dotnet, StringComparison.OrdinalIgnoreCase)
            ? new ChildBuild("this build", self, [Path.Combine(AppContext.BaseDirectory, typeof(ColdStartLauncher).Assembly.GetName().Name + ".dll")])
            : new ChildBuild("this build", self, []);
    }

    private static string? Option(string[] args, string name) => Options(args, name).LastOrDefault();

    private static IEnumerable<string> Options(string[] args, string name)
    {
        for (var i = 0; i + 1 < args.Length; i++)
        {
            if (args[i] == name)
            {
                yield return args[i + 1];
            }
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static string Summary(IEnumerable<double> values, string format = "F1")
    {
        var sorted = values.Order().ToArray();
        var median = Median(sorted);
        return string.Create(CultureInfo.InvariantCulture, $"{median.ToString(format, CultureInfo.InvariantCulture)} [{sorted[0].ToString(format, CultureInfo.InvariantCulture)}–{sorted[^1].ToString(format, CultureInfo.InvariantCulture)}]");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
