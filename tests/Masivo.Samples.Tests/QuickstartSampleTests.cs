using System.Diagnostics;

namespace Masivo.Samples.Tests;

/// <summary>The quickstart, run as its own process against its embedded fake server, as a newcomer runs it.</summary>
public sealed class QuickstartSampleTests
{
    [Fact]
    public async Task It_runs_the_eleven_operations_and_prints_each_migration_progress_report_once()
    {
        var (exit, output) = await RunQuickstartAsync();

        Assert.True(exit == 0, output);
        Assert.Contains("Quickstart completed: all eleven operations ran.", output, StringComparison.Ordinal);
        Assert.Contains("GET customers/{id}", output, StringComparison.Ordinal);
        Assert.Matches(@"came back: Ana García, wallet totals \S", output);
        Assert.Contains("came back: 85 points, from 7 transactions:", output, StringComparison.Ordinal);
        var progress = output.Split('\n').Select(line => line.Trim()).Where(line => line.StartsWith("progress:", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            ["1,000 acknowledged, 1 batches", "2,000 acknowledged, 2 batches", "2,500 acknowledged, 3 batches"],
            progress.Select(line => line["progress: ".Length..line.LastIndexOf(',')]));
    }

    private static async Task<(int Exit, string Output)> RunQuickstartAsync()
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // The quickstart as built beside the tests, resolved with the tests' dependency and framework
        // lists (its own deps.json names package files that only its own output folder holds).
        var tests = Path.Combine(AppContext.BaseDirectory, typeof(QuickstartSampleTests).Assembly.GetName().Name!);
        string[] arguments = ["exec", "--depsfile", tests + ".deps.json", "--runtimeconfig", tests + ".runtimeconfig.json", Path.Combine(AppContext.BaseDirectory, "Masivo.Samples.Quickstart.dll")];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var variable in new[] { "MASIVO_API_KEY", "MASIVO_ACCESS_TOKEN", "MASIVO_ACCOUNT_ID", "MASIVO_BASE_ADDRESS", "MASIVO_COUPON_CODE" })
        {
            start.Environment.Remove(variable);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
