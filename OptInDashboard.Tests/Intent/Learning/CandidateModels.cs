using OptInDashboard.Intent;
using OptInDashboard.Intent.Training;

namespace OptInDashboard.Tests.Intent.Learning;

/// <summary>
/// Small models trained here, once per test run, to stand for the model in use and for candidates: training
/// on a twentieth of the training split takes seconds, against half a minute for the shipped model.
/// </summary>
internal static class CandidateModels
{
    private static readonly Lazy<IReadOnlyList<LabelledMessage>> Sample = new(() =>
        DataSplit.Apply(IntentDataFile.Read(ShippedModel.DataPath)).Train.Where((_, i) => i % 20 == 0).ToList());

    private static readonly Lazy<byte[]> SmallModel = new(() => Train(Sample.Value, new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc)));

    /// <summary>The same messages trained again a day later: other bytes and version, the same predictions.</summary>
    private static readonly Lazy<byte[]> SmallRetrainedModel = new(() => Train(Sample.Value, new DateTime(2026, 12, 2, 9, 0, 0, DateTimeKind.Utc)));

    /// <summary>Trained on the same messages with nearly every request to stop labelled as an ordinary text.</summary>
    private static readonly Lazy<byte[]> WorseModel = new(() =>
    {
        var kept = new Dictionary<MessageIntent, int>();
        var mislabelled = Sample.Value.Select(m =>
        {
            if (!m.Intent.Revokes()) return m;
            kept[m.Intent] = kept.GetValueOrDefault(m.Intent) + 1;
            return kept[m.Intent] <= 3 ? m : m with { Intent = MessageIntent.Other };
        }).ToList();
        return Train(mislabelled, new DateTime(2026, 12, 3, 9, 0, 0, DateTimeKind.Utc));
    });

    private static readonly Lazy<string> SmallModelFile = new(() =>
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("optin-models-").FullName, "small-model.zip");
        File.WriteAllBytes(path, SmallModel.Value);
        return path;
    });

    public static byte[] Small => SmallModel.Value;
    public static byte[] SmallRetrained => SmallRetrainedModel.Value;
    public static byte[] Worse => WorseModel.Value;

    /// <summary>The small model as a file, for an app configured to ship it (<c>Intent:ModelPath</c>).</summary>
    public static string SmallFile => SmallModelFile.Value;

    private static byte[] Train(IReadOnlyList<LabelledMessage> messages, DateTime trainedAt) =>
        IntentTrainer.Train(messages, TrainingSettings.Default, new FixedClock(trainedAt)).ToBytes();

    private sealed class FixedClock(DateTime utc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utc);
    }
}
