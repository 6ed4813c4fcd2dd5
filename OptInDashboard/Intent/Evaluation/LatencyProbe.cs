using System.Diagnostics;
using System.Globalization;

namespace OptInDashboard.Intent.Evaluation;

/// <summary>
/// Per-message classify latency on the calling thread: each message timed alone after a warm-up round,
/// reported as percentiles, and throughput from an untimed-per-message pass over the same messages.
/// </summary>
public static class LatencyProbe
{
    public static LatencyReport Measure(IIntentClassifier classifier, IReadOnlyList<string> messages, int minimumSamples = 200_000)
    {
        if (messages.Count == 0) throw new ArgumentException("Nothing to time.", nameof(messages));
        foreach (var message in messages) classifier.Classify(message);

        var rounds = Math.Max(1, (minimumSamples + messages.Count - 1) / messages.Count);
        var samples = new double[rounds * messages.Count];
        var n = 0;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var message in messages)
            {
                var started = Stopwatch.GetTimestamp();
                classifier.Classify(message);
                samples[n++] = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
            }
        }
        Array.Sort(samples);

        var throughputStarted = Stopwatch.GetTimestamp();
        for (var round = 0; round < rounds; round++)
            foreach (var message in messages) classifier.Classify(message);
        var perSecond = samples.Length / Stopwatch.GetElapsedTime(throughputStarted).TotalSeconds;

        return new LatencyReport(samples.Length, At(samples, 0.50), At(samples, 0.90), At(samples, 0.99), At(samples, 0.999), samples[^1], perSecond);
    }

    private static double At(double[] sorted, double quantile) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
}

public sealed record LatencyReport(int Samples, double P50, double P90, double P99, double P999, double Max, double MessagesPerSecond)
{
    public void Write(TextWriter output)
    {
        var f = CultureInfo.InvariantCulture;
        output.WriteLine(string.Format(f, "  per message (µs, {0:N0} timed classifications, one thread): p50 {1:0.00}  p90 {2:0.00}  p99 {3:0.00}  p99.9 {4:0.00}  max {5:0.0}", Samples, P50, P90, P99, P999, Max));
        output.WriteLine(string.Format(f, "  throughput: {0:N0} messages/s", MessagesPerSecond));
    }
}
