using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using OptInDashboard.Intent.Model;

namespace OptInDashboard.Intent.Training;

/// <summary>
/// Weighted mean cross-entropy of a multinomial logistic regression plus (L2 / 2)·‖W‖² (biases are not penalised),
/// and its gradient. Parameters are laid out [column * 4 + class] for the weights, then the 4 biases, so one
/// <see cref="Vector256{T}"/> holds a feature's weights for all classes. Each class's sums run in a fixed order
/// on one thread, the same order a scalar loop would take, so the same inputs give the same bits on any machine.
/// </summary>
internal sealed class SoftmaxObjective(FeatureMatrix matrix, double l2)
{
    private const int Classes = IntentModel.ClassCount;

    public int ParameterCount => (matrix.UsedBuckets.Length + 1) * Classes;

    private int BiasOffset => matrix.UsedBuckets.Length * Classes;

    public double Evaluate(double[] parameters, double[] gradient)
    {
        Array.Clear(gradient);
        ref var weights = ref MemoryMarshal.GetArrayDataReference(parameters);
        ref var gradients = ref MemoryMarshal.GetArrayDataReference(gradient);
        var bias = Vector256.LoadUnsafe(ref weights, (nuint)BiasOffset);
        var biasGradient = Vector256<double>.Zero;
        var loss = 0.0;
        var totalWeight = 0.0;

        for (var row = 0; row < matrix.Rows; row++)
        {
            var (start, end, value) = (matrix.RowStarts[row], matrix.RowStarts[row + 1], matrix.RowValues[row]);
            var sums = Vector256<double>.Zero;
            for (var k = start; k < end; k++) sums += Vector256.LoadUnsafe(ref weights, (nuint)(matrix.Columns[k] * Classes));

            var weight = matrix.RowWeights[row];
            var (rowLoss, residuals) = CrossEntropy(bias + value * sums, matrix.Labels[row]);
            loss += weight * rowLoss;
            totalWeight += weight;

            residuals *= weight;
            var step = value * residuals;
            for (var k = start; k < end; k++)
            {
                var offset = (nuint)(matrix.Columns[k] * Classes);
                (Vector256.LoadUnsafe(ref gradients, offset) + step).StoreUnsafe(ref gradients, offset);
            }
            biasGradient += residuals;
        }
        biasGradient.StoreUnsafe(ref gradients, (nuint)BiasOffset);

        var scale = 1.0 / totalWeight;
        for (var i = 0; i < gradient.Length; i++) gradient[i] *= scale;
        loss *= scale;

        var penalty = 0.0;
        for (var i = 0; i < BiasOffset; i++)
        {
            penalty += parameters[i] * parameters[i];
            gradient[i] += l2 * parameters[i];
        }
        return loss + 0.5 * l2 * penalty;
    }

    /// <summary>The row's cross-entropy, and softmax(scores) - onehot(label).</summary>
    private static (double Loss, Vector256<double> Residuals) CrossEntropy(Vector256<double> scores, int label)
    {
        var max = Math.Max(Math.Max(scores[0], scores[1]), Math.Max(scores[2], scores[3]));
        var exps = Vector256.Create(Math.Exp(scores[0] - max), Math.Exp(scores[1] - max), Math.Exp(scores[2] - max), Math.Exp(scores[3] - max));
        var sum = exps[0] + exps[1] + exps[2] + exps[3];
        var residuals = exps / sum - Vector256.Create(label == 0 ? 1.0 : 0, label == 1 ? 1.0 : 0, label == 2 ? 1.0 : 0, label == 3 ? 1.0 : 0);
        return (Math.Log(sum) + max - scores[label], residuals);
    }
}
