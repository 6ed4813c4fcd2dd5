using Microsoft.ML.Data;

namespace OptInDashboard.Intent.Model;

/// <summary>One labelled text as ML.NET trains on it. The label is a key whose in-memory value is the intent index.</summary>
public sealed class IntentTrainingRow
{
    [KeyType(MessageIntentLabels.Count)]
    public uint Label { get; set; }

    [VectorType(FeatureVector.Size)]
    public VBuffer<float> Features { get; set; }

    /// <summary>How much the example counts: a missed opt-out costs more than a reviewed one.</summary>
    public float Weight { get; set; }
}

/// <summary>What the model reads at prediction time.</summary>
public sealed class IntentFeaturesRow
{
    [VectorType(FeatureVector.Size)]
    public VBuffer<float> Features { get; set; }
}

/// <summary>What the model writes: one probability per intent, in intent order.</summary>
public sealed class IntentScoresRow
{
    public float[] Score { get; set; } = [];
}
