using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Masivo.Sdk.Benchmarks;

/// <summary>
/// The loopback Masivo of the socket benchmarks (tests/Masivo.Sdk.Benchmarks.Server): a child process on
/// 127.0.0.1, run by the same <c>dotnet</c> as this one, answering the seed responses. It stops when
/// disposed, and by itself when this process ends (its stdin closes).
/// </summary>
public sealed class LoopbackServer : IDisposable
{
    private readonly Process _process;

    private LoopbackServer(Process process, Uri address)
    {
        _process = process;
        BaseAddress = new Uri(address, "/api/storefront/v1/");
    }

    /// <summary>Gets the API's base address on the server, as the SDK's options take it.</summary>
    public Uri BaseAddress { get; }

    public static LoopbackServer Start()
    {
        var server = ServerAssemblyPath();
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(server);
        var process = Process.Start(start) ?? throw new InvalidOperationException("The loopback server did not start.");
        var line = process.StandardOutput.ReadLine();
        if (line is null || !Uri.TryCreate(line.Trim(), UriKind.Absolute, out var address))
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw new InvalidOperationException($"The loopback server ({server}) did not print its address; it printed: {line ?? "nothing"}.");
        }

        return new LoopbackServer(process, address);
    }

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(TimeSpan.FromSeconds(5)))
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
        }
        finally
        {
            _process.Dispose();
        }
    }

    // The server project's build output, as this project's build found it (see the .csproj).
    private static string ServerAssemblyPath()
    {
        var path = typeof(LoopbackServer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "LoopbackServerAssembly")?.Value;
        return path is not null && File.Exists(path)
            ? path
            : throw new FileNotFoundException($"The loopback server was not built where this build expected it ({path ?? "no path recorded"}); build tests/Masivo.Sdk.Benchmarks.Server.");
    }

    // The dotnet host running this process: DOTNET_HOST_PATH when the SDK set it, this process when it is
    // dotnet itself, else the dotnet beside the shared runtime this process runs on (an apphost's case).
    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Environment.ProcessPath is { } self && string.Equals(Path.GetFileName(self), name, StringComparison.OrdinalIgnoreCase))
        {
            return self;
        }

        // <root>/shared/Microsoft.NETCore.App/<version>/
        var runtime = new DirectoryInfo(RuntimeEnvironment.GetRuntimeDirectory());
        var beside = runtime.Parent?.Parent?.Parent is { } root ? Path.Combine(root.FullName, name) : null;
        return beside is not null && File.Exists(beside) ? beside : name;
    }
}
