using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using OptInDashboard.Intent.Model;

namespace OptInDashboard.Intent.Text;

/// <summary>
/// The features that pushed a text hardest towards one class: weight times feature value, repeats of the
/// same feature added up (so "stop stop stop" shows one "stop" with three times the push).
/// </summary>
public static class FeatureExplainer
{
    public static IReadOnlyList<FeatureContribution> Top<TWeights>(TWeights weights, List<Feature> list, string normalized, int classIndex, int count) where TWeights : IFeatureWeights
    {
        ReadOnlySpan<Feature> features = CollectionsMarshal.AsSpan(list);
        var value = FeatureVector.FeatureValue(features.Length);
        var tableSize = (int)BitOperations.RoundUpToPowerOf2((uint)features.Length * 2);
        var firstIndex = ArrayPool<int>.Shared.Rent(tableSize);
        var occurrences = ArrayPool<int>.Shared.Rent(tableSize);
        try
        {
            CountDistinct(features, firstIndex.AsSpan(0, tableSize), occurrences);
            var best = new TopList(stackalloc int[count], stackalloc double[count]);
            for (var slot = 0; slot < tableSize; slot++)
            {
                if (firstIndex[slot] == 0) continue;
                var index = firstIndex[slot] - 1;
                best.Offer(index, value * weights.Weight(features[index].Bucket, classIndex) * occurrences[slot]);
            }
            return best.Describe(features, normalized);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(firstIndex);
            ArrayPool<int>.Shared.Return(occurrences);
        }
    }

    /// <summary>Open addressing by bucket: each slot holds the first index (plus one) of a distinct feature and how often it occurs.</summary>
    private static void CountDistinct(ReadOnlySpan<Feature> features, Span<int> firstIndex, int[] occurrences)
    {
        firstIndex.Clear();
        var mask = firstIndex.Length - 1;
        for (var i = 0; i < features.Length; i++)
        {
            var bucket = features[i].Bucket;
            var slot = (int)((uint)bucket * 0x9E3779B1u) & mask;
            while (firstIndex[slot] != 0 && features[firstIndex[slot] - 1].Bucket != bucket) slot = (slot + 1) & mask;
            if (firstIndex[slot] == 0)
            {
                firstIndex[slot] = i + 1;
                occurrences[slot] = 1;
            }
            else
            {
                occurrences[slot]++;
            }
        }
    }

    /// <summary>The few largest positive pushes, kept sorted strongest first.</summary>
    private ref struct TopList(Span<int> indices, Span<double> pushes)
    {
        private readonly Span<int> _indices = indices;
        private readonly Span<double> _pushes = pushes;
        private int _found;

        public void Offer(int index, double push)
        {
            if (push <= 0 || (_found == _indices.Length && push <= _pushes[_found - 1])) return;
            var at = _found < _indices.Length ? _found++ : _indices.Length - 1;
            while (at > 0 && _pushes[at - 1] < push)
            {
                _indices[at] = _indices[at - 1];
                _pushes[at] = _pushes[at - 1];
                at--;
            }
            _indices[at] = index;
            _pushes[at] = push;
        }

        public readonly FeatureContribution[] Describe(ReadOnlySpan<Feature> features, string normalized)
        {
            var top = new FeatureContribution[_found];
            for (var k = 0; k < _found; k++) top[k] = new FeatureContribution(features[_indices[k]].Describe(normalized), _pushes[k]);
            return top;
        }
    }
}
