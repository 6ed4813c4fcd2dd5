namespace OptInDashboard.Intent;

public sealed class IntentOptions
{
    public const string Section = "Intent";

    /// <summary>At or above this opt-out probability the customer is opted out automatically.</summary>
    public double OptOutThreshold { get; set; } = 0.9;

    /// <summary>From this opt-out probability up to <see cref="OptOutThreshold"/>, sending pauses for a manager's review.</summary>
    public double ReviewThreshold { get; set; } = 0.5;

    /// <summary>A free-text opt-in acts (for an opted-out contact only) at or above this confidence.</summary>
    public double OptInThreshold { get; set; } = 0.9;

    /// <summary>Relative paths are resolved against the content root.</summary>
    public string ModelPath { get; set; } = "Intent/Model/intent-model-v2.zip";

    /// <summary>The language model, which picks the language of a reply to free text. Relative to the content root.</summary>
    public string LanguageModelPath { get; set; } = "Intent/Model/language-model-v1.zip";

    /// <summary>
    /// The labelled messages the shipped model was trained and tested on. Relative to the content root. Its fixed
    /// test split is what a candidate model is compared on before an Admin can activate it.
    /// </summary>
    public string DataPath { get; set; } = "Intent/Data/intents.tsv";
}
