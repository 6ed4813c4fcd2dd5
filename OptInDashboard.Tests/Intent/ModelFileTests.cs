using OptInDashboard.Intent;
using OptInDashboard.Intent.Model;
using OptInDashboard.Intent.Training;

namespace OptInDashboard.Tests.Intent;

public class ModelFileTests
{
    [Fact]
    public void TheShippedModelIsUnderTwentyFiveMegabytes() => Assert.InRange(new FileInfo(ShippedModel.ModelPath).Length, 1, 25 * 1024 * 1024 - 1);

    [Fact]
    public void RetrainingOnTheCommittedDataReproducesTheShippedModelsPredictions()
    {
        var (train, test) = DataSplit.Apply(IntentDataFile.Read(ShippedModel.DataPath));

        var retrained = new IntentClassifier(IntentTrainer.Train(train, TrainingSettings.Default).Load());

        var differences = test
            .Select(m => (m.Text, Shipped: ShippedModel.Classifier.Classify(m.Text), Retrained: retrained.Classify(m.Text)))
            .Where(p => p.Shipped.Intent != p.Retrained.Intent || Math.Abs(p.Shipped.OptOutProbability - p.Retrained.OptOutProbability) > 1e-6)
            .Select(p => p.Text)
            .ToList();
        Assert.True(differences.Count == 0,
            $"The committed model is not what the committed data trains ({differences.Count} test messages differ, e.g. \"{differences.FirstOrDefault()}\"): " +
            "run `dotnet run --project OptInDashboard -- train` and commit the model.");
    }

    [Fact]
    public void TrainingTwiceOnTheSameDataGivesTheSameWeights()
    {
        var sample = IntentDataFile.Read(ShippedModel.DataPath).Where((_, i) => i % 8 == 0).ToList();

        var first = IntentTrainer.Train(sample, TrainingSettings.Default).Load();
        var second = IntentTrainer.Train(sample, TrainingSettings.Default).Load();

        Assert.Equal(first.Weights.NonZero, second.Weights.NonZero);
        for (var bucket = 0; bucket < FeatureVector.Size; bucket++)
            for (var c = 0; c < MessageIntentLabels.Count; c++)
                Assert.Equal(first.Weights.Weight(bucket, c), second.Weights.Weight(bucket, c));
        Assert.Equal(first.Metadata.Training with { TrainedAt = default }, second.Metadata.Training with { TrainedAt = default });
    }

    [Fact]
    public void TheShippedModelSaysWhatItWasTrainedWith()
    {
        var loaded = IntentModelFile.Load(ShippedModel.ModelPath);

        Assert.Matches("^intent-v2\\+[0-9a-f]{8}$", loaded.Version);
        Assert.Equal(MessageIntentLabels.All, loaded.Metadata.Labels);
        var (train, _) = DataSplit.Apply(IntentDataFile.Read(ShippedModel.DataPath));
        Assert.Equal(train.Count, loaded.Metadata.Training.Examples);
    }

    [Fact]
    public void ADamagedModelFileIsRefusedWithItsName()
    {
        var bytes = File.ReadAllBytes(ShippedModel.ModelPath)[..1000];

        var error = Assert.Throws<InvalidDataException>(() => IntentModelFile.Read(bytes, "damaged.zip"));

        Assert.Contains("damaged.zip", error.Message);
    }

    [Fact]
    public void AFileThatIsNotAModelIsRefused() =>
        Assert.Throws<InvalidDataException>(() => IntentModelFile.Read("label\tmessage\nother\thi\n"u8.ToArray(), "intents.tsv"));
}
