using System.Globalization;

namespace OptInDashboard.Intent.Evaluation;

/// <summary>Counts of (true intent, predicted intent), and the per-class figures taken from them.</summary>
public sealed class ConfusionMatrix
{
    private static readonly int Classes = MessageIntentLabels.Count;
    private readonly int[,] _counts = new int[Classes, Classes];

    public void Add(MessageIntent actual, MessageIntent predicted) => _counts[(int)actual, (int)predicted]++;

    public int Count(MessageIntent actual, MessageIntent predicted) => _counts[(int)actual, (int)predicted];

    public int Support(MessageIntent actual) => Sum(c => _counts[(int)actual, c]);

    public int Predicted(MessageIntent predicted) => Sum(a => _counts[a, (int)predicted]);

    public int Total => Sum(a => Sum(p => _counts[a, p]));

    public double Precision(MessageIntent intent) => Ratio(Count(intent, intent), Predicted(intent));

    public double Recall(MessageIntent intent) => Ratio(Count(intent, intent), Support(intent));

    public double F1(MessageIntent intent)
    {
        var (p, r) = (Precision(intent), Recall(intent));
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double Accuracy => Ratio(Sum(c => _counts[c, c]), Total);

    public void Write(TextWriter output)
    {
        var f = CultureInfo.InvariantCulture;
        output.WriteLine("  class           precision  recall  f1      support");
        foreach (var intent in Enum.GetValues<MessageIntent>())
            output.WriteLine(string.Format(f, "  {0,-15} {1,9:0.0000}  {2,6:0.0000}  {3,6:0.0000}  {4,7}", intent.ToLabel(), Precision(intent), Recall(intent), F1(intent), Support(intent)));
        output.WriteLine(string.Format(f, "  accuracy {0:0.0000} of {1}", Accuracy, Total));
        output.WriteLine("  confusion (rows: true, columns: predicted)");
        output.WriteLine("  " + new string(' ', 15) + string.Concat(MessageIntentLabels.All.Select(l => $"{l,15}")));
        foreach (var actual in Enum.GetValues<MessageIntent>())
            output.WriteLine($"  {actual.ToLabel(),-15}" + string.Concat(Enum.GetValues<MessageIntent>().Select(p => $"{Count(actual, p),15}")));
    }

    private static int Sum(Func<int, int> count)
    {
        var sum = 0;
        for (var i = 0; i < Classes; i++) sum += count(i);
        return sum;
    }

    internal static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
