namespace OptInDashboard.Intent.Training;

/// <param name="BucketBits">2^bits feature buckets.</param>
/// <param name="L2">Weight of the squared-weight penalty added to the mean cross-entropy.</param>
/// <param name="MaxIterations">L-BFGS iterations at most.</param>
/// <param name="GradientTolerance">Stop once the largest gradient component is below this.</param>
/// <param name="OptOutWeight">How much more an opt-out example counts than the others: missing an opt-out costs more than reviewing one.</param>
public sealed record TrainingSettings(int BucketBits = 18, double L2 = 3e-6, int MaxIterations = 500, double GradientTolerance = 1e-6, double OptOutWeight = 3)
{
    public static readonly TrainingSettings Default = new();
}

/// <summary>One line of training progress.</summary>
public readonly record struct TrainingProgress(int Iteration, double Loss, double GradientNorm);
