using BenchmarkDotNet.Attributes;
using OptInDashboard.Intent.Model;
using OptInDashboard.Intent.Training;

namespace OptInDashboard.Benchmarks;

/// <summary>What startup pays to load the model, and what retraining it costs.</summary>
public class ModelBenchmarks
{
    private IReadOnlyList<LabelledMessage> _train = [];

    [GlobalSetup]
    public void Setup() => _train = Shipped.Split().Train;

    [Benchmark]
    public LoadedModel LoadModelFile() => IntentModelFile.Load(Shipped.ModelPath);

    [Benchmark]
    public TrainedModel TrainOnTheTrainSplit() => IntentTrainer.Train(_train, TrainingSettings.Default);
}
