using OptInDashboard.Consent;
using OptInDashboard.Intent.Model;

namespace OptInDashboard.Intent.Training;

/// <summary>
/// The language model: which of our customers' languages a text is in, so that a reply to free text comes in the
/// customer's language. Trained on the same messages and features as the intent model, labelled by language;
/// texts in two languages, or of no recorded language, are left out.
/// </summary>
public static class LanguageTrainer
{
    public static TrainedIntentModel Train(IReadOnlyList<LabelledMessage> examples, TrainingSettings settings, TimeProvider? clock = null)
    {
        var labels = ReplyTemplate.Languages;
        var labelled = examples.Where(e => labels.Contains(e.Language)).ToList();
        if (labelled.Count == 0) throw new ArgumentException("There is nothing in a known language to train on.", nameof(examples));

        var classOf = labels.Select((language, index) => (language, index)).ToDictionary(p => p.language, p => (uint)p.index);
        var rows = labelled.Select(e => new TrainingRow { Label = classOf[e.Language], Features = FeatureVector.Of(e.Text), Weight = 1 });
        var (context, model, schema) = LinearModelTrainer.Train(rows, labels.Count, settings);
        var training = new TrainingRecord(IntentTrainer.Sha256(labelled), labelled.Count, settings.Seed, settings.L1, settings.L2, 1,
            (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime);
        return new TrainedIntentModel(context, model, schema, IntentModelFile.LanguageName, labels, training);
    }
}
