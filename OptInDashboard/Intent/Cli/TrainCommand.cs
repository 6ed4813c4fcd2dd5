using System.Diagnostics;
using System.Globalization;
using OptInDashboard.Intent.Evaluation;
using OptInDashboard.Intent.Model;
using OptInDashboard.Intent.Training;

namespace OptInDashboard.Intent.Cli;

/// <summary>Trains on the train split of the data and writes the model file.</summary>
internal static class TrainCommand
{
    public const string Usage = "train [--data FILE] [--decisions FILE] [--out FILE] [--l1 VALUE] [--l2 VALUE] [--weight VALUE] [--validate]";

    private const string ModelInProject = "Intent/Model/intent-model-v2.zip";

    private const string LanguageModelFile = "language-model-v1.zip";

    public static int Run(CliArguments arguments, TextWriter output)
    {
        var dataPath = arguments["--data"] ?? CliHost.DefaultDataPath;
        var outPath = arguments["--out"] ?? CommittedModelPath()
            ?? throw new CliUsageException("Cannot find OptInDashboard/Intent/Model from here: run from the repository root, or pass --out FILE.");
        var defaults = TrainingSettings.Default;
        var settings = defaults with
        {
            L1 = arguments["--l1"] is { } l1 ? double.Parse(l1, CultureInfo.InvariantCulture) : defaults.L1,
            L2 = arguments["--l2"] is { } l2 ? double.Parse(l2, CultureInfo.InvariantCulture) : defaults.L2,
            RevocationWeight = arguments["--weight"] is { } weight ? double.Parse(weight, CultureInfo.InvariantCulture) : defaults.RevocationWeight,
        };

        var messages = IntentDataFile.Read(dataPath);
        var (split, test) = DataSplit.Apply(messages);
        var train = split.ToList();
        output.WriteLine($"Data: {dataPath}: {messages.Count} messages ({CountsByLabel(messages)})");
        if (arguments["--decisions"] is { } decisionsPath)
        {
            // Managers' review decisions (the Admin page's download) train the model; the test split stays as it was.
            var decisions = IntentDataFile.Read(decisionsPath);
            train.AddRange(decisions);
            output.WriteLine($"Decisions: {decisionsPath}: {decisions.Count} managers' decisions added to the training split ({CountsByLabel(decisions)})");
        }
        output.WriteLine($"Split: training on {train.Count}, holding out {test.Count} for evaluate (FNV-1a of the normalised text, 1 in 5)");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Training: ML.NET LbfgsMaximumEntropy on one thread, 2^{FeatureVector.BucketBits} feature buckets, L1 {settings.L1:G3}, L2 {settings.L2:G3}, revocations weighted {settings.RevocationWeight:G3}, seed {settings.Seed}"));

        if (arguments.Has("--validate")) return Validate(train, settings, output);

        var started = Stopwatch.GetTimestamp();
        var trained = IntentTrainer.Train(train, settings);
        var elapsed = Stopwatch.GetElapsedTime(started);

        // The test split's figures go into the model file, for the Admin page and for comparing a candidate with it.
        var classifier = new IntentClassifier(trained.Load());
        var figures = IntentEvaluation.Run(test, new IntentTriage(classifier, DefaultPolicy), classifier).Figures();
        var bytes = trained.ToBytes(figures);
        IntentModelFile.Save(bytes, outPath);
        var loaded = IntentModelFile.Read(bytes, outPath);
        var right = train.Count(m => classifier.Classify(m.Text).Intent == m.Intent);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Trained in {elapsed.TotalSeconds:0.00} s: {loaded.Weights.NonZero:N0} non-zero weights, training accuracy {(double)right / train.Count:0.00%}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Test split: opt-out recall counting review {figures.All.RecallCountingReview:0.00%}, precision of automatic opt-outs {figures.All.AutomaticPrecision:0.00%}, other texts sent to review {figures.All.OthersSentToReview:0.00%}"));
        output.WriteLine($"Wrote {outPath} ({bytes.Length:N0} bytes), model version {loaded.Version}");

        TrainLanguageModel(train, test, settings, Path.Combine(Path.GetDirectoryName(Path.GetFullPath(outPath))!, LanguageModelFile), output);
        return 0;
    }

    /// <summary>The language model, from the same messages labelled by language, written beside the intent model.</summary>
    private static void TrainLanguageModel(IReadOnlyList<LabelledMessage> train, IReadOnlyList<LabelledMessage> test, TrainingSettings settings, string path, TextWriter output)
    {
        var started = Stopwatch.GetTimestamp();
        var bytes = LanguageTrainer.Train(train, settings).ToBytes();
        IntentModelFile.Save(bytes, path);
        var identifier = new LanguageIdentifier(IntentModelFile.Read(bytes, path, Consent.ReplyTemplate.Languages));

        var known = test.Where(m => Consent.ReplyTemplate.Languages.Contains(m.Language)).ToList();
        var answers = known.Select(m => identifier.Identify(m.Text)).ToList();
        double Share(Func<string?, string, bool> counted) => (double)known.Where((m, i) => counted(answers[i], m.Language)).Count() / known.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Language model trained in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.00} s: on the test split {Share((answer, language) => answer == language):0.00%} answered in the right language, {Share((answer, _) => answer is null):0.00%} left to English, {Share((answer, language) => answer is not null && answer != language):0.00%} in a wrong one"));
        output.WriteLine($"Wrote {path} ({bytes.Length:N0} bytes)");
    }

    private static readonly IntentPolicy DefaultPolicy = new(Microsoft.Extensions.Options.Options.Create(new IntentOptions()));

    /// <summary>Trains on four fifths of the training split and reports the opt-out figures on the rest; writes no model.</summary>
    private static int Validate(IReadOnlyList<LabelledMessage> training, TrainingSettings settings, TextWriter output)
    {
        var (train, validation) = DataSplit.ForValidation(training);
        var classifier = new IntentClassifier(IntentTrainer.Train(train, settings).Load());
        var evaluation = IntentEvaluation.Run(validation, new IntentTriage(classifier, DefaultPolicy), classifier);
        output.WriteLine($"Validation: trained on {train.Count}, validated on {validation.Count} (fold 1 of the training split)");
        evaluation.AppOptOuts.Write(output);
        foreach (var (language, figures) in evaluation.AppOptOutsByLanguage)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {language,-8} recall {figures.RecallCountingReview:0.00%} of {figures.OptOuts}, precision {figures.AutomaticPrecision:0.00%}, others to review {figures.OthersSentToReview:0.00%}"));
        output.WriteLine($"Wrong intents and reviews on the validation fold ({evaluation.Mistakes.Count}):");
        foreach (var (message, result) in evaluation.Mistakes)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {message.Language,-8} true {message.Intent.ToLabel(),-14} got {result.Intent.ToLabel(),-14} {result.Action.ToLabel(),-8} p(opt-out) {result.Prediction?.OptOutProbability ?? 1:0.000}  {message.Text}"));
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
