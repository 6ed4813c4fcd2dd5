namespace OptInDashboard.Intent.Model;

public static class Softmax
{
    /// <summary>Scores to probabilities, shifted by the largest score so exp never overflows.</summary>
    public static void InPlace(Span<double> scores)
    {
        var max = double.NegativeInfinity;
        foreach (var s in scores) max = Math.Max(max, s);
        var sum = 0.0;
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = Math.Exp(scores[i] - max);
            sum += scores[i];
        }
        for (var i = 0; i < scores.Length; i++) scores[i] /= sum;
    }
}
