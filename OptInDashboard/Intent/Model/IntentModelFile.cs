using System.Security.Cryptography;
using System.Text;
using OptInDashboard.Intent.Text;

namespace OptInDashboard.Intent.Model;

/// <summary>
/// The model file: a little-endian binary with a header naming the format, the normaliser and feature
/// versions, the class labels and the training record, then the biases and only the buckets with a
/// non-zero weight (most of the 2^bits buckets never occur in training). Nothing in it depends on time or
/// machine, so the same data and settings give the same bytes.
/// </summary>
public static class IntentModelFile
{
    private const string Magic = "OIDINTENT";
    private const int FormatVersion = 1;
    private const string Name = "intent-v1";

    public static void Write(IntentModel model, Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Name);
        writer.Write(TextNormalizer.Version);
        writer.Write(FeatureExtractor.Version);
        writer.Write(model.BucketBits);
        writer.Write(IntentModel.ClassCount);
        foreach (var label in MessageIntentLabels.All) writer.Write(label);
        writer.Write(model.Training.DataSha256);
        writer.Write(model.Training.Examples);
        writer.Write(model.Training.L2);
        writer.Write(model.Training.Iterations);
        foreach (var b in model.Bias) writer.Write(b);

        var buckets = 1 << model.BucketBits;
        writer.Write(CountUsedBuckets(model, buckets));
        for (var bucket = 0; bucket < buckets; bucket++)
        {
            if (!IsUsed(model, bucket)) continue;
            writer.Write(bucket);
            for (var c = 0; c < IntentModel.ClassCount; c++) writer.Write(model.Weights[bucket * IntentModel.ClassCount + c]);
        }
    }

    public static byte[] ToBytes(IntentModel model)
    {
        using var memory = new MemoryStream();
        Write(model, memory);
        return memory.ToArray();
    }

    public static LoadedModel Load(string path) => Read(File.ReadAllBytes(path), path);

    public static LoadedModel Read(byte[] bytes, string source)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
            Expect(reader.ReadString() == Magic, "it is not an intent model file");
            Expect(reader.ReadInt32() == FormatVersion, "its format version is not " + FormatVersion);
            var name = reader.ReadString();
            Expect(reader.ReadInt32() == TextNormalizer.Version, "it was trained with another text normaliser");
            Expect(reader.ReadInt32() == FeatureExtractor.Version, "it was trained with another feature set");
            var bucketBits = reader.ReadInt32();
            Expect(bucketBits is >= 8 and <= 24, "its bucket count is out of range");
            Expect(reader.ReadInt32() == IntentModel.ClassCount, "its classes differ from this app's");
            foreach (var label in MessageIntentLabels.All) Expect(reader.ReadString() == label, "its classes differ from this app's");
            var training = new TrainingRecord(reader.ReadString(), reader.ReadInt32(), reader.ReadDouble(), reader.ReadInt32());
            var bias = new float[IntentModel.ClassCount];
            for (var c = 0; c < bias.Length; c++) bias[c] = reader.ReadSingle();

            var weights = new float[(1 << bucketBits) * IntentModel.ClassCount];
            var used = reader.ReadInt32();
            var previous = -1;
            for (var i = 0; i < used; i++)
            {
                var bucket = reader.ReadInt32();
                Expect(bucket > previous && bucket < 1 << bucketBits, "its buckets are out of order or range");
                for (var c = 0; c < IntentModel.ClassCount; c++) weights[bucket * IntentModel.ClassCount + c] = reader.ReadSingle();
                previous = bucket;
            }
            Expect(reader.BaseStream.Position == bytes.Length, "it has trailing bytes");

            var version = $"{name}+{Convert.ToHexStringLower(SHA256.HashData(bytes))[..8]}";
            return new LoadedModel(new IntentModel(bucketBits, weights, bias, training), version, used);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"The intent model {source} cannot be read: it is truncated.");
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidDataException($"The intent model {source} cannot be read: {ex.Message}.");
        }
    }

    private static void Expect(bool condition, string problem)
    {
        if (!condition) throw new InvalidDataException(problem);
    }

    private static int CountUsedBuckets(IntentModel model, int buckets)
    {
        var used = 0;
        for (var bucket = 0; bucket < buckets; bucket++)
            if (IsUsed(model, bucket)) used++;
        return used;
    }

    private static bool IsUsed(IntentModel model, int bucket)
    {
        for (var c = 0; c < IntentModel.ClassCount; c++)
            if (model.Weights[bucket * IntentModel.ClassCount + c] != 0) return true;
        return false;
    }
}

/// <param name="Version">The file's name plus the start of its SHA-256: two different models never share a version.</param>
/// <param name="UsedBuckets">Buckets with a weight, for the startup log.</param>
public sealed record LoadedModel(IntentModel Model, string Version, int UsedBuckets);
