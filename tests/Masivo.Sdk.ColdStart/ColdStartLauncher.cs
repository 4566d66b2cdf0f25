using System.Diagnostics;
using System.Globalization;
using Masivo.Sdk.Benchmarks;

namespace Masivo.Sdk.ColdStart;

/// <summary>
/// Starts the loopback server, then launches the children in rounds (each round runs every scenario once, in
/// turn, so a change in the machine's load falls on all of them) and prints, per scenario, the median and the
/// range of what the children reported and of each child's process wall time, as measured here.
/// </summary>
/// <remarks>
/// Options: <c>--launches N</c> (rounds, 10 by default); <c>--child-exe PATH</c> runs the children from another
/// build of this program, such as a ReadyToRun or Native AOT publish, instead of this one;
/// <c>--scenarios a,b</c> runs only some of <see cref="ColdStartChild.Scenarios"/>.
/// </remarks>
public static class ColdStartLauncher
{
    public static int Run(string[] args)
    {
        var launches = int.Parse(Option(args, "--launches") ?? "10", CultureInfo.InvariantCulture);
        var scenarios = Option(args, "--scenarios")?.Split(',') ?? ColdStartChild.Scenarios;
        var (program, programArguments) = ChildProgram(Option(args, "--child-exe"));

        using var server = LoopbackServer.Start();
        Console.WriteLine($"Cold start, {launches} launches of each of {string.Join(", ", scenarios)}: {program} {string.Join(' ', programArguments)}");
        Console.WriteLine($"Loopback server at {server.BaseAddress}; load average {LoadAverage()}");

        var results = scenarios.ToDictionary(s => s, _ => new List<(double Wall, Dictionary<string, double[]> Phases)>());
        for (var round = 0; round < launches; round++)
        {
            foreach (var scenario in scenarios)
            {
                results[scenario].Add(Launch(program, programArguments, scenario, server.BaseAddress));
            }
        }

        Console.WriteLine($"Load average after: {LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine("median [min–max] over the launches; a phase: ms, methods jitted, JIT ms");
        foreach (var scenario in scenarios)
        {
            var runs = results[scenario];
            Console.WriteLine($"{scenario,-8} process wall {Summary(runs.Select(r => r.Wall))} ms");
            foreach (var phase in runs[0].Phases.Keys)
            {
                if (phase == "assemblies")
                {
                    Console.WriteLine($"{string.Empty,-8}   assemblies loaded {Summary(runs.Select(r => r.Phases[phase][0]), "F0")}");
                    continue;
                }

                var values = runs.Select(r => r.Phases[phase]).ToList();
                Console.WriteLine($"{string.Empty,-8}   {phase,-8} {Summary(values.Select(v => v[0]))} ms"
                    + (values[0].Length > 1 ? $", {Summary(values.Select(v => v[1]), "F0")} methods, JIT {Summary(values.Select(v => v[2]))} ms" : string.Empty));
            }
        }

        return 0;
    }

    private static (double Wall, Dictionary<string, double[]> Phases) Launch(string program, IReadOnlyList<string> programArguments, string scenario, Uri baseAddress)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in programArguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("child");
        start.ArgumentList.Add(scenario);
        start.ArgumentList.Add(baseAddress.ToString());

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
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

    private static (string Program, IReadOnlyList<string> Arguments) ChildProgram(string? childExe)
    {
        if (childExe is not null)
        {
            return (Path.GetFullPath(childExe), []);
        }

        var self = Environment.ProcessPath ?? throw new InvalidOperationException("This process has no path.");
        var dotnet = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        return string.Equals(Path.GetFileName(self), dotnet, StringComparison.OrdinalIgnoreCase)
            ? (self, [typeof(ColdStartLauncher).Assembly.Location])
            : (self, []);
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static string Summary(IEnumerable<double> values, string format = "F1")
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return string.Create(CultureInfo.InvariantCulture, $"{median.ToString(format, CultureInfo.InvariantCulture)} [{sorted[0].ToString(format, CultureInfo.InvariantCulture)}–{sorted[^1].ToString(format, CultureInfo.InvariantCulture)}]");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
