using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.ML;
using OptInDashboard.Intent.Text;

namespace OptInDashboard.Intent.Model;

/// <summary>
/// The model file: ML.NET's own model zip, with one more entry holding <see cref="IntentModelMetadata"/>. Read at
/// start-up; anything wrong with it stops the app with the file's name and the reason.
/// </summary>
public static class IntentModelFile
{
    public const string Name = "intent-v2";

    /// <summary>The language model (which language a text is in) is the same kind of file.</summary>
    public const string LanguageName = "language-v1";

    private const string MetadataEntry = "OptInDashboard/intent-model.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static byte[] ToBytes(MLContext context, ITransformer model, DataViewSchema inputSchema, string name, IReadOnlyList<string> labels, TrainingRecord training, ModelFigures? figures)
    {
        using var memory = new MemoryStream();
        context.Model.Save(model, inputSchema, memory);
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Update, leaveOpen: true))
        using (var entry = zip.CreateEntry(MetadataEntry).Open())
            JsonSerializer.Serialize(entry, new IntentModelMetadata(name, TextNormalizer.Version, FeatureExtractor.Version, FeatureVector.BucketBits, labels, training, figures), Json);
        return memory.ToArray();
    }

    /// <summary>Written beside the target, then moved over it: a crash mid-write never leaves half a model.</summary>
    public static void Save(byte[] model, string path)
    {
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, model);
        File.Move(temporary, path, overwrite: true);
    }

    /// <param name="labels">The classes the caller reads the scores as; the intent labels unless said otherwise.</param>
    public static LoadedIntentModel Load(string path, IReadOnlyList<string>? labels = null)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"The model {path} cannot be read: there is no such file.", path);
        return Read(File.ReadAllBytes(path), path, labels);
    }

    public static LoadedIntentModel Read(byte[] bytes, string source, IReadOnlyList<string>? labels = null)
    {
        try
        {
            var metadata = ReadMetadata(bytes);
            Expect(metadata.NormalizerVersion == TextNormalizer.Version, "it was trained with another text normaliser");
            Expect(metadata.FeatureVersion == FeatureExtractor.Version && metadata.BucketBits == FeatureVector.BucketBits, "it was trained with another feature set");
            Expect(metadata.Labels.SequenceEqual(labels ?? MessageIntentLabels.All), "its classes differ from this app's");

            var context = new MLContext(metadata.Training.Seed);
            var transformer = context.Model.Load(new MemoryStream(bytes), out _);
            var version = $"{metadata.Name}+{Convert.ToHexStringLower(SHA256.HashData(bytes))[..8]}";
            return new LoadedIntentModel(context, transformer, metadata, ModelWeights.From(transformer, metadata.Labels.Count), version);
        }
        catch (Exception ex) when (ex is InvalidDataException or JsonException or FormatException or InvalidOperationException or ArgumentException or IOException)
        {
            throw new InvalidDataException($"The model {source} cannot be read: {ex.Message.TrimEnd('.')}.", ex);
        }
    }

    private static IntentModelMetadata ReadMetadata(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var entry = zip.GetEntry(MetadataEntry) ?? throw new InvalidDataException("it is not an intent model file");
        using var stream = entry.Open();
        return JsonSerializer.Deserialize<IntentModelMetadata>(stream, Json) ?? throw new InvalidDataException("its description is empty");
    }

    private static void Expect(bool condition, string problem)
    {
        if (!condition) throw new InvalidDataException(problem);
    }
}
