using BenchmarkDotNet.Attributes;
using OptInDashboard.Intent;

namespace OptInDashboard.Benchmarks;

/// <summary>
/// One message at a time, as inbound texts arrive; the test split as a whole gives throughput. The ML.NET model
/// and the hand-trained one it replaced run side by side in one run, so their ratio is measured, not recalled.
/// </summary>
public class ClassifyBenchmarks
{
    [Params("ml.net", "v1")]
    public string Model { get; set; } = "ml.net";

    private const string Long = "Hi, this is Maria. I brought my Camry in last month for the 60,000 mile service and since then the brakes won't stop squealing when I come to a stop, and the check engine light came back on. Can I stop by tomorrow morning around 9 so you can look at it? Text me when you know.";

    private const int Batch = 2000;

    private IIntentClassifier _classifier = null!;
    private string[] _batch = [];

    [GlobalSetup]
    public void Setup()
    {
        _classifier = Shipped.LoadClassifier(Model);
        var test = Shipped.Split().Test;
        _batch = Enumerable.Range(0, Batch).Select(i => test[i % test.Count].Text).ToArray();
    }

    [Benchmark]
    public IntentPrediction ShortText() => _classifier.Classify("stop pls");

    [Benchmark]
    public IntentPrediction TypicalText() => _classifier.Classify("I sold the car, quit sending these");

    [Benchmark]
    public IntentPrediction LongText() => _classifier.Classify(Long);

    /// <summary>Mean per message over 2,000 messages of the test split; messages per second is 1 / mean.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public int TestSplitPerMessage()
    {
        var optOuts = 0;
        foreach (var text in _batch)
            if (_classifier.Classify(text).Intent == MessageIntent.OptOut) optOuts++;
        return optOuts;
    }
}
