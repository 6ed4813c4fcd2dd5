namespace OptInDashboard.Intent.Learning;

/// <summary>
/// One row of the append-only record of which intent model reads customers' texts: who put it in use, when,
/// why, the comparison that allowed it, and the model file itself, so that a restart or another instance uses
/// exactly the model that was activated. The newest row (highest <see cref="Sequence"/>) is the model in use.
/// </summary>
public class IntentModelActivation
{
    public long Id { get; private set; }

    /// <summary>1 for the first activation, then one more each time. Unique: of two Admins activating at once, one is refused.</summary>
    public int Sequence { get; private set; }

    public string ModelVersion { get; private set; } = "";

    /// <summary>The version in use before, which the comparison was made against.</summary>
    public string ReplacedVersion { get; private set; } = "";

    public byte[] ModelFile { get; private set; } = [];

    /// <summary>The name of the uploaded file, as the Admin's computer called it.</summary>
    public string FileName { get; private set; } = "";

    public string ActivatedBy { get; private set; } = "";
    public DateTime ActivatedAt { get; private set; }
    public string Note { get; private set; } = "";

    /// <summary>The side-by-side figures that allowed the activation, as JSON (<see cref="ModelComparison"/>).</summary>
    public string Comparison { get; private set; } = "";

    private IntentModelActivation() { }

    internal IntentModelActivation(int sequence, string modelVersion, string replacedVersion, byte[] modelFile, string fileName,
        string activatedBy, DateTime activatedAt, string note, string comparison)
    {
        Sequence = sequence;
        ModelVersion = modelVersion;
        ReplacedVersion = replacedVersion;
        ModelFile = modelFile;
        FileName = fileName;
        ActivatedBy = activatedBy;
        ActivatedAt = activatedAt;
        Note = note;
        Comparison = comparison;
    }
}
