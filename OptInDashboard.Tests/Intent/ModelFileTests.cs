using OptInDashboard.Intent.Model;
using OptInDashboard.Intent.Training;

namespace OptInDashboard.Tests.Intent;

public class ModelFileTests
{
    [Fact]
    public void TheShippedModelIsUnderTwoMegabytes() => Assert.InRange(new FileInfo(ShippedModel.ModelPath).Length, 1, 2 * 1024 * 1024 - 1);

    [Fact]
    public void RetrainingOnTheCommittedDataReproducesTheShippedModelByteForByte()
    {
        var (train, _) = DataSplit.Apply(IntentDataFile.Read(ShippedModel.DataPath));

        var retrained = IntentModelFile.ToBytes(IntentTrainer.Train(train, TrainingSettings.Default).Model);

        Assert.True(File.ReadAllBytes(ShippedModel.ModelPath).AsSpan().SequenceEqual(retrained),
            "The committed model is not what the committed data trains: run `dotnet run --project OptInDashboard -- train` and commit the model.");
    }

    [Fact]
    public void TrainingTwiceGivesIdenticalModelBytes()
    {
        var sample = IntentDataFile.Read(ShippedModel.DataPath).Where((_, i) => i % 6 == 0).ToList();

        var first = IntentModelFile.ToBytes(IntentTrainer.Train(sample, TrainingSettings.Default).Model);
        var second = IntentModelFile.ToBytes(IntentTrainer.Train(sample, TrainingSettings.Default).Model);

        Assert.Equal(first, second);
    }

    [Fact]
    public void AModelReadsBackAsWritten()
    {
        var bytes = File.ReadAllBytes(ShippedModel.ModelPath);

        var loaded = IntentModelFile.Read(bytes, "shipped");

        Assert.Equal(bytes, IntentModelFile.ToBytes(loaded.Model));
        Assert.Matches("^intent-v1\\+[0-9a-f]{8}$", loaded.Version);
    }

    [Fact]
    public void ADamagedModelFileIsRefusedWithItsName()
    {
        var bytes = File.ReadAllBytes(ShippedModel.ModelPath)[..1000];

        var error = Assert.Throws<InvalidDataException>(() => IntentModelFile.Read(bytes, "damaged.bin"));

        Assert.Contains("damaged.bin", error.Message);
    }

    [Fact]
    public void AFileThatIsNotAModelIsRefused() =>
        Assert.Throws<InvalidDataException>(() => IntentModelFile.Read("label\tmessage\nother\thi\n"u8.ToArray(), "intents.tsv"));
}
