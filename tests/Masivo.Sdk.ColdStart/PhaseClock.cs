using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace Masivo.Sdk.ColdStart;

/// <summary>
/// Splits one cold start into phases: for each, the elapsed time and how many methods the JIT compiled in it
/// (with the time it spent compiling them), read from <see cref="JitInfo"/> (zero under Native AOT).
/// </summary>
public sealed class PhaseClock
{
    private readonly long _start;
    private readonly List<(string Name, double Milliseconds, long Methods, double JitMilliseconds)> _phases = [];
    private long _last;
    private long _lastMethods;
    private TimeSpan _lastJit;

    public PhaseClock()
    {
        _lastMethods = JitInfo.GetCompiledMethodCount();
        _lastJit = JitInfo.GetCompilationTime();
        _start = _last = Stopwatch.GetTimestamp();
    }

    /// <summary>Ends the current phase, named <paramref name="name"/>, and starts the next.</summary>
    public void Lap(string name)
    {
        var now = Stopwatch.GetTimestamp();
        var methods = JitInfo.GetCompiledMethodCount();
        var jit = JitInfo.GetCompilationTime();
        _phases.Add((name, Stopwatch.GetElapsedTime(_last, now).TotalMilliseconds, methods - _lastMethods, (jit - _lastJit).TotalMilliseconds));
        _last = now;
        _lastMethods = methods;
        _lastJit = jit;
    }

    /// <summary>Gets the time from this clock's creation to the last lap.</summary>
    public double TotalMilliseconds => Stopwatch.GetElapsedTime(_start, _last).TotalMilliseconds;

    /// <summary>One line: <c>total=12.3 build=4.5/120/8.1 ...</c> (a phase's milliseconds / methods jitted / JIT milliseconds).</summary>
    public string Report()
    {
        var parts = new List<string> { "total=" + TotalMilliseconds.ToString("F2", CultureInfo.InvariantCulture) };
        foreach (var (name, ms, methods, jit) in _phases)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{name}={ms:F2}/{methods}/{jit:F2}"));
        }

        return string.Join(' ', parts);
    }
}
