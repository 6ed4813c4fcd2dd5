using OptInDashboard.Intent.Text;

namespace OptInDashboard.Intent.Training;

/// <summary>
/// The training examples as a sparse matrix over only the buckets that occur, numbered in bucket order:
/// the optimiser then works on tens of thousands of weights rather than 2^bits, with the same result,
/// because a bucket no example touches has a zero gradient apart from its penalty and stays at zero.
/// </summary>
internal sealed class FeatureMatrix
{
    private FeatureMatrix(int[] rowStarts, int[] columns, double[] rowValues, int[] labels, double[] rowWeights, int[] usedBuckets)
    {
        RowWeights = rowWeights;
        RowStarts = rowStarts;
        Columns = columns;
        RowValues = rowValues;
        Labels = labels;
        UsedBuckets = usedBuckets;
    }

    /// <summary>Row i's features are Columns[RowStarts[i]..RowStarts[i + 1]].</summary>
    public int[] RowStarts { get; }
    public int[] Columns { get; }

    /// <summary>The value every feature of row i has.</summary>
    public double[] RowValues { get; }
    public int[] Labels { get; }

    /// <summary>How much row i counts in the loss.</summary>
    public double[] RowWeights { get; }

    /// <summary>Column j is bucket UsedBuckets[j].</summary>
    public int[] UsedBuckets { get; }

    public int Rows => Labels.Length;

    public static FeatureMatrix Build(IReadOnlyList<LabelledMessage> examples, int bucketBits, double optOutWeight)
    {
        var rowWeights = new double[examples.Count];
        var rowStarts = new int[examples.Count + 1];
        var buckets = new List<int>();
        var rowValues = new double[examples.Count];
        var labels = new int[examples.Count];
        var features = new List<Feature>();
        for (var i = 0; i < examples.Count; i++)
        {
            FeatureExtractor.Extract(TextNormalizer.Normalize(examples[i].Text), bucketBits, features);
            foreach (var feature in features) buckets.Add(feature.Bucket);
            rowStarts[i + 1] = buckets.Count;
            rowValues[i] = Model.IntentModel.FeatureValue(features.Count);
            labels[i] = (int)examples[i].Intent;
            rowWeights[i] = examples[i].Intent == MessageIntent.OptOut ? optOutWeight : 1;
        }

        var column = new int[1 << bucketBits];
        Array.Fill(column, -1);
        foreach (var bucket in buckets) column[bucket] = 0;
        var usedBuckets = new List<int>();
        for (var bucket = 0; bucket < column.Length; bucket++)
        {
            if (column[bucket] < 0) continue;
            column[bucket] = usedBuckets.Count;
            usedBuckets.Add(bucket);
        }

        var columns = new int[buckets.Count];
        for (var k = 0; k < columns.Length; k++) columns[k] = column[buckets[k]];
        return new FeatureMatrix(rowStarts, columns, rowValues, labels, rowWeights, [.. usedBuckets]);
    }
}
