using Microsoft.ML.Data;

namespace OptInDashboard.Intent.Model;

/// <summary>
/// One labelled text as ML.NET trains on it. The label is a key whose in-memory value is the class index; how
/// many classes there are is set when the rows are loaded (<see cref="LinearModelTrainer"/>).
/// </summary>
public sealed class TrainingRow
{
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
