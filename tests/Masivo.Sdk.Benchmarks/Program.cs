using BenchmarkDotNet.Running;
using Masivo.Sdk.Benchmarks;

if (args.Contains("--quick"))
{
    return QuickMode.Run();
}

if (args.Contains("--migration-memory"))
{
    return await MigrationMemoryProbe.RunAsync(1_000_000);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
