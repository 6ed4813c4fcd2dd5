namespace OptInDashboard.Intent.Model;

/// <summary>
/// What the model file says about itself beside ML.NET's own entries: which normaliser, features and labels it
/// was trained with (a model must not read texts prepared another way) and what it was trained from.
/// </summary>
public sealed record IntentModelMetadata(
    string Name,
    int NormalizerVersion,
    int FeatureVersion,
    int BucketBits,
    IReadOnlyList<string> Labels,
    TrainingRecord Training,
    ModelFigures? Figures);

/// <summary>How the model did on the fixed test split when it was trained, overall and per language, with the default thresholds.</summary>
public sealed record ModelFigures(int TestMessages, OptOutSummary All, IReadOnlyDictionary<string, OptOutSummary> ByLanguage);

/// <param name="OptOuts">Texts in the set that revoke consent.</param>
/// <param name="RecallCountingReview">Share of those acted on or sent to a manager.</param>
/// <param name="AutomaticPrecision">Share of automatic opt-outs that were opt-outs.</param>
/// <param name="OthersSentToReview">Share of the other texts that paused sending for review.</param>
public sealed record OptOutSummary(int OptOuts, double RecallCountingReview, double AutomaticPrecision, double OthersSentToReview);

/// <summary>What a model was trained from and how, so that it can be traced to its data and retrained.</summary>
/// <param name="DataSha256">SHA-256 (hex) of the training rows, each "label\ttext\n".</param>
/// <param name="TrainedAt">When, in UTC; the only value that differs between two trainings on the same data.</param>
public sealed record TrainingRecord(string DataSha256, int Examples, int Seed, double L1, double L2, double RevocationWeight, DateTime TrainedAt);
