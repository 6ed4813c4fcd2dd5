using OptInDashboard.Consent;
using System.Globalization;
using Microsoft.Extensions.Options;
using OptInDashboard.Intent.Evaluation;
using OptInDashboard.Intent.Model;
using OptInDashboard.Intent.Training;

namespace OptInDashboard.Intent.Cli;

/// <summary>The model's figures on the test split beside a keyword-only baseline's, then its speed.</summary>
internal static class EvaluateCommand
{
    public const string Usage = "evaluate [--data FILE] [--model FILE] [--account ID]";

    private const int MistakesShown = 25;

    public static int Run(CliArguments arguments, IServiceProvider services, IReadOnlyDictionary<string, KeywordAction>? keywords, TextWriter output)
    {
        var options = services.GetRequiredService<IOptions<IntentOptions>>().Value;
        var dataPath = arguments["--data"] ?? CliHost.DefaultDataPath;
        var (classifier, modelPath) = arguments["--model"] is { } path
            ? (Load(path), path)
            : (services.GetRequiredService<IIntentClassifier>(), options.ModelPath);
        var triage = new IntentTriage(classifier, services.GetRequiredService<IntentPolicy>());

        var messages = IntentDataFile.Read(dataPath);
        var (_, test) = DataSplit.Apply(messages);
        var f = CultureInfo.InvariantCulture;
        output.WriteLine($"Model {classifier.ModelVersion} ({modelPath})");
        output.WriteLine($"Test split of {dataPath}: {test.Count} of {messages.Count} messages ({TrainCommand.CountsByLabel(test)})");
        output.WriteLine(string.Format(f, "Thresholds: opt-out >= {0}, review >= {1}, opt-in >= {2}", options.OptOutThreshold, options.ReviewThreshold, options.OptInThreshold));

        var evaluation = IntentEvaluation.Run(test, triage, classifier, keywords);
        output.WriteLine();
        output.WriteLine("App (exact keyword first, then model and policy):");
        evaluation.App.Write(output);
        evaluation.AppOptOuts.Write(output);
        output.WriteLine(string.Format(f, "  exact keywords in the test split: {0:0.00%} right ({1} of {2}); the model alone gets {3} of them right",
            ConfusionMatrix.Ratio(evaluation.ExactKeywordsRight, evaluation.ExactKeywords), evaluation.ExactKeywordsRight, evaluation.ExactKeywords, evaluation.ExactKeywordsRightByModelAlone));
        var keywordCheck = KeywordCheck.Run(triage, classifier, keywords);
        output.WriteLine(string.Format(f, "  every configured keyword ({0}) in 6 typings (full-width among them): {1:0.00%} right ({2} of {3}); the model alone gets {4} of them right",
            keywordCheck.Keywords, ConfusionMatrix.Ratio(keywordCheck.Right, keywordCheck.Checked), keywordCheck.Right, keywordCheck.Checked, keywordCheck.RightByModelAlone));

        output.WriteLine();
        output.WriteLine("By language: opt-out recall counting review, precision of automatic opt-outs, other texts sent to review");
        foreach (var (language, figures) in evaluation.AppOptOutsByLanguage)
            output.WriteLine(string.Format(f, "  {0,-8} {1,7:0.00%} of {2,4}   {3,7:0.00%} of {4,4}   {5,6:0.00%} of {6,4}",
                language, figures.RecallCountingReview, figures.OptOuts, figures.AutomaticPrecision, figures.AutomaticOptOuts, figures.OthersSentToReview, figures.Others));

        output.WriteLine();
        output.WriteLine("Keyword-only baseline (exact keyword or nothing):");
        evaluation.KeywordsOnly.Write(output);
        evaluation.KeywordsOnlyOptOuts.Write(output);

        output.WriteLine();
        output.WriteLine($"Wrong intents and reviews ({evaluation.Mistakes.Count}, first {MistakesShown}):");
        foreach (var (message, result) in evaluation.Mistakes.Take(MistakesShown))
            output.WriteLine(string.Format(f, "  true {0,-8} got {1,-8} {2,-8} p(opt-out) {3:0.000}  {4}",
                message.Intent.ToLabel(), result.Intent.ToLabel(), result.Action.ToLabel(), result.Prediction?.OptOutProbability ?? 1, message.Text));

        output.WriteLine();
        output.WriteLine("Latency of IIntentClassifier.Classify over the test split:");
        LatencyProbe.Measure(classifier, test.Select(m => m.Text).ToList()).Write(output);
        return 0;
    }

    private static IntentClassifier Load(string path) => new(IntentModelFile.Load(path));
}
