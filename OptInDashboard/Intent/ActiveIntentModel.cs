using OptInDashboard.Intent.Learning;
using OptInDashboard.Intent.Model;

namespace OptInDashboard.Intent;

/// <summary>
/// The intent model the app reads customers' texts with now. It starts as the model file that ships with the
/// app; an Admin's activation of a candidate replaces it while the app runs (<see cref="IntentModelActivator"/>),
/// and a restart or another instance picks the same one up from the database. A text is read by one model
/// from start to end, and its prediction names that model, so a swap mid-text cannot mislabel the ledger.
/// </summary>
public sealed class ActiveIntentModel(LoadedIntentModel shipped, string shippedPath) : IIntentClassifier
{
    private volatile InUse _inUse = new(shipped, new IntentClassifier(shipped), Activation: null);

    /// <summary>The model file configured for this build (<see cref="IntentOptions.ModelPath"/>).</summary>
    public LoadedIntentModel Shipped { get; } = shipped;

    public string ShippedPath { get; } = shippedPath;

    public InUse Current => _inUse;

    public string ModelVersion => _inUse.Model.Version;

    public IntentPrediction Classify(string text) => _inUse.Classifier.Classify(text);

    internal void Use(LoadedIntentModel model, IntentModelActivation? activation) =>
        _inUse = new InUse(model, new IntentClassifier(model), activation);

    /// <param name="Activation">The Admin's activation that chose it; null while the shipped model is in use by default.</param>
    public sealed record InUse(LoadedIntentModel Model, IntentClassifier Classifier, IntentModelActivation? Activation);
}
