using System.Text;
using OptInDashboard.Intent.Text;

namespace OptInDashboard.Intent.Training;

/// <summary>
/// The fixed train/test split: a message is in the test split when the FNV-1a (32-bit) hash of the UTF-8
/// bytes of its normalised text is 0 modulo 5, which is 20% of messages. Hashing the normalised text
/// rather than the raw one keeps "STOP!!" and "stop" on the same side, so the test split is not passed
/// by remembering a punctuation variant seen in training.
/// </summary>
public static class DataSplit
{
    public static bool IsTest(string text) => Fold(text) == 0;

    /// <summary>
    /// Settings are chosen on the training split alone: its messages in fold 1 (another fifth of all messages)
    /// are held out for validation, and the test split stays unseen until the settings are fixed.
    /// </summary>
    public static (IReadOnlyList<LabelledMessage> Train, IReadOnlyList<LabelledMessage> Validation) ForValidation(IEnumerable<LabelledMessage> training)
    {
        var train = new List<LabelledMessage>();
        var validation = new List<LabelledMessage>();
        foreach (var message in training) (Fold(message.Text) == 1 ? validation : train).Add(message);
        return (train, validation);
    }

    private static uint Fold(string text) => Fnv1a(TextNormalizer.Normalize(text)) % 5;

    public static (IReadOnlyList<LabelledMessage> Train, IReadOnlyList<LabelledMessage> Test) Apply(IEnumerable<LabelledMessage> messages)
    {
        var train = new List<LabelledMessage>();
        var test = new List<LabelledMessage>();
        foreach (var message in messages) (IsTest(message.Text) ? test : train).Add(message);
        return (train, test);
    }

    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text)) hash = (hash ^ b) * 16777619;
        return hash;
    }
}
