using Microsoft.Extensions.Options;
using OptInDashboard.Consent;
using OptInDashboard.Intent.Evaluation;
using OptInDashboard.Intent.Training;

namespace OptInDashboard.Intent.Learning;

/// <summary>
/// Runs the model in use and a candidate over the same three sets, deciding as the app does (keyword first,
/// then model and policy): the fixed test split of the committed data, its messages in other languages than
/// English, and the texts managers decided in the review queue.
/// </summary>
public sealed class ModelComparer(IOptions<IntentOptions> options, IntentPolicy policy, IHostEnvironment environment)
{
    public const string TestSet = "Test messages";
    public const string MultilingualSet = "Test messages in other languages than English";
    public const string DecisionsSet = "Managers' decisions";

    // Read once, when the first candidate is compared; a missing file is tried again next time.
    private readonly Lazy<IReadOnlyList<LabelledMessage>> _testSplit = new(
        () => DataSplit.Apply(IntentDataFile.Read(Path.GetFullPath(options.Value.DataPath, environment.ContentRootPath))).Test,
        LazyThreadSafetyMode.PublicationOnly);

    /// <exception cref="ModelActivationRefused">The test data cannot be read, so nothing can be compared.</exception>
    public ModelComparison Compare(IIntentClassifier active, IIntentClassifier candidate, IReadOnlyList<LabelledMessage> decisions)
    {
        var test = TestSplit();
        var multilingual = test.Where(m => m.Language != ReplyTemplate.English).ToList();
        var (activeTest, candidateTest) = (Evaluate(active, test), Evaluate(candidate, test));
        var sets = new List<ComparedSet>
        {
            new(TestSet, test.Count, activeTest.AppOptOuts.Summary(), candidateTest.AppOptOuts.Summary()),
            Compare(MultilingualSet, multilingual, active, candidate),
            Compare(DecisionsSet, decisions, active, candidate),
        };
        var languages = activeTest.AppOptOutsByLanguage.Keys
            .Select(language => new ComparedSet(language, test.Count(m => m.Language == language),
                activeTest.AppOptOutsByLanguage[language].Summary(), candidateTest.AppOptOutsByLanguage[language].Summary()))
            .ToList();
        return new ModelComparison(active.ModelVersion, candidate.ModelVersion, sets, languages);
    }

    private ComparedSet Compare(string name, IReadOnlyList<LabelledMessage> messages, IIntentClassifier active, IIntentClassifier candidate) =>
        new(name, messages.Count, Evaluate(active, messages).AppOptOuts.Summary(), Evaluate(candidate, messages).AppOptOuts.Summary());

    private IntentEvaluation Evaluate(IIntentClassifier classifier, IReadOnlyList<LabelledMessage> messages) =>
        IntentEvaluation.Run(messages, new IntentTriage(classifier, policy), classifier);

    private IReadOnlyList<LabelledMessage> TestSplit()
    {
        try
        {
            return _testSplit.Value;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            throw new ModelActivationRefused($"The test messages cannot be read ({ex.Message}), so no candidate can be compared or activated.");
        }
    }
}
