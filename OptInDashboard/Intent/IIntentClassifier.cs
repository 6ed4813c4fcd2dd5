namespace OptInDashboard.Intent;

/// <summary>Reads what a customer's free text means for consent. Thread-safe.</summary>
public interface IIntentClassifier
{
    IntentPrediction Classify(string text);

    /// <summary>Identifies the exact model, for the consent ledger.</summary>
    string ModelVersion { get; }
}
