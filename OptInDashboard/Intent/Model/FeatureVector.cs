using Microsoft.ML.Data;
using OptInDashboard.Intent.Text;

namespace OptInDashboard.Intent.Model;

/// <summary>
/// A text's hashed features as the sparse vector the ML.NET model reads: one slot per bucket, each occurrence
/// worth 1/sqrt(n) for n features, so long texts are not more certain merely for being long.
/// </summary>
public sealed class FeatureVector
{
    /// <summary>2^18 buckets: few enough collisions for tens of thousands of distinct features, a small model file.</summary>
    public const int BucketBits = 18;

    public const int Size = 1 << BucketBits;

    private int[] _indices = new int[256];
    private float[] _values = new float[256];

    /// <summary>
    /// Fills this vector from <paramref name="features"/> and returns it as a VBuffer over this object's arrays,
    /// which the next call overwrites: one instance per thread, no allocation per text.
    /// </summary>
    public VBuffer<float> Fill(List<Feature> features)
    {
        if (_indices.Length < features.Count)
        {
            _indices = new int[features.Count * 2];
            _values = new float[features.Count * 2];
        }
        for (var i = 0; i < features.Count; i++) _indices[i] = features[i].Bucket;
        Array.Sort(_indices, 0, features.Count);

        var value = FeatureValue(features.Count);
        var count = 0;
        for (var i = 0; i < features.Count; i++)
        {
            if (count > 0 && _indices[count - 1] == _indices[i])
            {
                _values[count - 1] += value;
                continue;
            }
            _indices[count] = _indices[i];
            _values[count++] = value;
        }
        return new VBuffer<float>(Size, count, _values, _indices);
    }

    /// <summary>A text's vector in arrays of its own, for training rows that live together.</summary>
    public static VBuffer<float> Of(string text)
    {
        var features = new List<Feature>();
        FeatureExtractor.Extract(TextNormalizer.Normalize(text), BucketBits, features);
        var filled = new FeatureVector().Fill(features);
        var copy = default(VBuffer<float>);
        filled.CopyTo(ref copy);
        return copy;
    }

    public static float FeatureValue(int featureCount) => featureCount == 0 ? 0 : 1 / MathF.Sqrt(featureCount);
}
