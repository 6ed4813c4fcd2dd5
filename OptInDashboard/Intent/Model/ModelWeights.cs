using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace OptInDashboard.Intent.Model;

/// <summary>
/// The trained weights, read once from the ML.NET model, for explaining a prediction (which features pushed
/// it): scoring stays with ML.NET.
/// </summary>
public sealed class ModelWeights : IFeatureWeights
{
    private readonly float[][] _byClass;

    private ModelWeights(float[][] byClass) => _byClass = byClass;

    public int NonZero => _byClass.Sum(weights => weights.Count(w => w != 0));

    public float Weight(int bucket, int classIndex) => _byClass[classIndex][bucket];

    public static ModelWeights From(ITransformer transformer, int expectedClasses)
    {
        var parameters = Predictor(transformer).Model;
        VBuffer<float>[] weights = [];
        parameters.GetWeights(ref weights, out var classes);
        if (classes != expectedClasses) throw new InvalidDataException($"it has {classes} classes, not {expectedClasses}");
        var byClass = new float[classes][];
        for (var c = 0; c < classes; c++)
        {
            byClass[c] = new float[FeatureVector.Size];
            weights[c].CopyTo(byClass[c]);
        }
        return new ModelWeights(byClass);
    }

    /// <summary>The trainer's transformer, alone or at the end of a chain.</summary>
    public static MulticlassPredictionTransformer<MaximumEntropyModelParameters> Predictor(ITransformer transformer) => transformer switch
    {
        MulticlassPredictionTransformer<MaximumEntropyModelParameters> predictor => predictor,
        TransformerChain<ITransformer> chain when chain.LastTransformer is MulticlassPredictionTransformer<MaximumEntropyModelParameters> predictor => predictor,
        _ => throw new InvalidDataException("it is not a maximum-entropy intent model"),
    };
}
