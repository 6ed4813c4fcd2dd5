using BenchmarkDotNet.Attributes;
using OptInDashboard.Benchmarks.Baseline;
using OptInDashboard.Intent.Model;
using OptInDashboard.Intent.Training;

namespace OptInDashboard.Benchmarks;

/// <summary>What startup pays to load the model (ML.NET's and the one it replaced), and what retraining costs.</summary>
public class ModelBenchmarks
{
    private IReadOnlyList<LabelledMessage> _train = [];

    [GlobalSetup]
    public void Setup() => _train = Shipped.Split().Train;

    [Benchmark]
    public LoadedIntentModel LoadModelFile() => IntentModelFile.Load(Shipped.ModelPath);

    [Benchmark]
    public BaselineModel LoadBaselineModelFile() => BaselineModel.Load(Shipped.BaselinePath);

    [Benchmark]
    public TrainedIntentModel TrainOnTheTrainSplit() => IntentTrainer.Train(_train, TrainingSettings.Default);
}
