using OptInDashboard.Benchmarks;
using OptInDashboard.Benchmarks.PageTiming;
using OptInDashboard.Benchmarks.WebhookLoad;

// One verb per command; each command lives in its own folder.
return args.FirstOrDefault() switch
{
    "benchmarks" => BenchmarkProgram.Run(args[1..]),
    "webhook-load" => await WebhookLoadCommand.RunAsync(args[1..]),
    "page-timing" => await PageTimingCommand.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project OptInDashboard.Benchmarks -- <verb> [options]");
    Console.Error.WriteLine("verbs:");
    Console.Error.WriteLine("  benchmarks     BenchmarkDotNet benchmarks of the intent model, e.g. benchmarks --filter '*'");
    Console.Error.WriteLine("  webhook-load   " + WebhookLoadOptions.Usage);
    Console.Error.WriteLine("  page-timing    " + PageTimingCommand.Usage);
    return 2;
}
