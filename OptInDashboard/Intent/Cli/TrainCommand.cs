using System.Diagnostics;
using System.Globalization;
using OptInDashboard.Intent.Model;
using OptInDashboard.Intent.Training;

namespace OptInDashboard.Intent.Cli;

/// <summary>Trains on the train split of the data and writes the model file.</summary>
internal static class TrainCommand
{
    public const string Usage = "train [--data FILE] [--out FILE] [--l2 VALUE] [--bits N]";

    private const string ModelInProject = "Intent/Model/intent-model-v1.bin";

    public static int Run(CliArguments arguments, TextWriter output)
    {
        var dataPath = arguments["--data"] ?? CliHost.DefaultDataPath;
        var outPath = arguments["--out"] ?? CommittedModelPath()
            ?? throw new CliUsageException("Cannot find OptInDashboard/Intent/Model from here: run from the repository root, or pass --out FILE.");
        var defaults = TrainingSettings.Default;
        var settings = defaults with
        {
            L2 = arguments["--l2"] is { } l2 ? double.Parse(l2, CultureInfo.InvariantCulture) : defaults.L2,
            BucketBits = arguments["--bits"] is { } bits ? int.Parse(bits, CultureInfo.InvariantCulture) : defaults.BucketBits,
        };

        var messages = IntentDataFile.Read(dataPath);
        var (train, test) = DataSplit.Apply(messages);
        output.WriteLine($"Data: {dataPath}: {messages.Count} messages ({CountsByLabel(messages)})");
        output.WriteLine($"Split: training on {train.Count}, holding out {test.Count} for evaluate (FNV-1a of the normalised text, 1 in 5)");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Training: 2^{settings.BucketBits} buckets, L2 {settings.L2:G3}, L-BFGS (at most {settings.MaxIterations} iterations)"));

        var started = Stopwatch.GetTimestamp();
        var trained = IntentTrainer.Train(train, settings, progress =>
        {
            if (progress.Iteration % 25 == 0)
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  iteration {progress.Iteration,4}  loss {progress.Loss:0.000000}  max |gradient| {progress.GradientNorm:0.0e+0}"));
        });
        var elapsed = Stopwatch.GetElapsedTime(started);

        var bytes = IntentModelFile.ToBytes(trained.Model);
        File.WriteAllBytes(outPath, bytes);
        var loaded = IntentModelFile.Read(bytes, outPath);
        var classifier = new LinearIntentClassifier(loaded.Model, loaded.Version);
        var right = train.Count(m => classifier.Classify(m.Text).Intent == m.Intent);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Trained in {elapsed.TotalSeconds:0.00} s: {trained.Model.Training.Iterations} iterations, {trained.UsedBuckets:N0} weighted features, final objective {trained.FinalLoss:0.000000}, training accuracy {(double)right / train.Count:0.00%}"));
        output.WriteLine($"Wrote {outPath} ({bytes.Length:N0} bytes), model version {loaded.Version}");
        return 0;
    }

    /// <summary>
    /// The committed model file, so that retraining replaces it: `dotnet run --project` starts a web project in
    /// its project folder, while the built binary is usually run from the repository root.
    /// </summary>
    private static string? CommittedModelPath()
    {
        var inProject = Path.GetFullPath(ModelInProject);
        if (File.Exists("OptInDashboard.csproj") && Directory.Exists(Path.GetDirectoryName(inProject))) return inProject;
        var fromRoot = Path.GetFullPath(Path.Combine("OptInDashboard", ModelInProject));
        return Directory.Exists(Path.GetDirectoryName(fromRoot)) ? fromRoot : null;
    }

    internal static string CountsByLabel(IEnumerable<LabelledMessage> messages) =>
        string.Join(", ", Enum.GetValues<MessageIntent>().Select(i => $"{i.ToLabel()} {messages.Count(m => m.Intent == i)}"));
}
