using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace OptInDashboard.Benchmarks;

/// <summary>
/// Run with `dotnet run -c Release --project OptInDashboard.Benchmarks -- benchmarks --filter '*'`.
/// A short job, in process: on a shared two-core machine a full job and a generated project per
/// benchmark would take minutes each and measure the neighbours as much as the code.
/// </summary>
public static class BenchmarkProgram
{
    public static int Run(string[] args)
    {
        var config = DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.P95);
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args, config);
        return 0;
    }
}
