using System.Text;
using OptInDashboard.Intent.Model;

namespace OptInDashboard.Benchmarks.Baseline;

/// <summary>
/// The hand-trained model the app shipped before ML.NET (intent-model-v1.bin): 4 classes, one weight per bucket
/// and class. Kept here, read-only, so the benchmarks can time it beside the ML.NET model in the same run.
/// </summary>
public sealed class BaselineModel : IFeatureWeights
{
    public const int ClassCount = 4;

    private BaselineModel(int bucketBits, float[] weights, float[] bias)
    {
        BucketBits = bucketBits;
        Weights = weights;
        Bias = bias;
    }

    public int BucketBits { get; }

    /// <summary>Indexed [bucket * ClassCount + class].</summary>
    public float[] Weights { get; }

    public float[] Bias { get; }

    public float Weight(int bucket, int classIndex) => Weights[bucket * ClassCount + classIndex];

    /// <summary>The v1 file: magic, versions, labels and training record, biases, then (bucket, 4 weights) per used bucket.</summary>
    public static BaselineModel Load(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
        if (reader.ReadString() != "OIDINTENT" || reader.ReadInt32() != 1) throw new InvalidDataException($"{path} is not a v1 intent model");
        reader.ReadString(); // name
        reader.ReadInt32(); // normaliser version
        reader.ReadInt32(); // feature version
        var bucketBits = reader.ReadInt32();
        var classes = reader.ReadInt32();
        for (var c = 0; c < classes; c++) reader.ReadString();
        reader.ReadString(); // training data hash
        reader.ReadInt32(); // examples
        reader.ReadDouble(); // L2
        reader.ReadInt32(); // iterations
        var bias = new float[ClassCount];
        for (var c = 0; c < ClassCount; c++) bias[c] = reader.ReadSingle();
        var weights = new float[(1 << bucketBits) * ClassCount];
        var used = reader.ReadInt32();
        for (var i = 0; i < used; i++)
        {
            var bucket = reader.ReadInt32();
            for (var c = 0; c < ClassCount; c++) weights[bucket * ClassCount + c] = reader.ReadSingle();
        }
        return new BaselineModel(bucketBits, weights, bias);
    }
}
