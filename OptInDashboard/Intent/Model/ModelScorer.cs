using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using OptInDashboard.Intent.Text;

namespace OptInDashboard.Intent.Model;

/// <summary>
/// Scores normalised texts with an ML.NET model. ML.NET's prediction engines are not thread-safe, so each
/// call borrows one, with its reusable buffers, from a pool.
/// </summary>
public sealed class ModelScorer(LoadedIntentModel model)
{
    private readonly ObjectPool<Engine> _engines = new DefaultObjectPool<Engine>(new EnginePolicy(model), Environment.ProcessorCount * 4);

    /// <summary>Calls <paramref name="read"/> with the class probabilities and the text's features, both valid only during the call.</summary>
    public T Score<T>(string normalized, Func<float[], List<Feature>, T> read)
    {
        var engine = _engines.Get();
        try
        {
            return read(engine.Score(normalized), engine.Features);
        }
        finally
        {
            _engines.Return(engine);
        }
    }

    /// <summary>The most probable class.</summary>
    public static int Best(float[] probabilities)
    {
        var best = 0;
        for (var c = 1; c < probabilities.Length; c++)
            if (probabilities[c] > probabilities[best]) best = c;
        return best;
    }

    private sealed class Engine(PredictionEngine<IntentFeaturesRow, IntentScoresRow> engine)
    {
        private readonly FeatureVector _vector = new();
        private readonly IntentFeaturesRow _input = new();
        private IntentScoresRow _output = new();

        public List<Feature> Features { get; } = new(256);

        public float[] Score(string normalized)
        {
            FeatureExtractor.Extract(normalized, FeatureVector.BucketBits, Features);
            _input.Features = _vector.Fill(Features);
            engine.Predict(_input, ref _output);
            return _output.Score;
        }
    }

    private sealed class EnginePolicy(LoadedIntentModel model) : PooledObjectPolicy<Engine>
    {
        public override Engine Create() =>
            new(model.Context.Model.CreatePredictionEngine<IntentFeaturesRow, IntentScoresRow>(model.Transformer));

        public override bool Return(Engine obj) => true;
    }
}
