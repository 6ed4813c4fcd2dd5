using Microsoft.ML;

namespace OptInDashboard.Intent.Model;

/// <param name="Version">The model's name plus the start of its file's SHA-256: two different models never share a version.</param>
public sealed record LoadedIntentModel(MLContext Context, ITransformer Transformer, IntentModelMetadata Metadata, ModelWeights Weights, string Version);
