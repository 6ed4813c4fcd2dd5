namespace OptInDashboard.Intent.Training;

/// <param name="Seed">ML.NET's seed. L-BFGS on one thread uses no randomness, so the seed only pins what might.</param>
/// <param name="L1">L1 penalty: drives the weights of useless features to exactly zero, which keeps the model file small.</param>
/// <param name="L2">L2 penalty: keeps the remaining weights modest, so no single feature decides alone.</param>
/// <param name="RevocationWeight">How much more an example that revokes consent counts: missing an opt-out costs more than reviewing one.</param>
/// <param name="Tolerance">L-BFGS stops once the relative improvement falls below this.</param>
public sealed record TrainingSettings(int Seed = 20261129, double L1 = 0.0005, double L2 = 0.0005, double RevocationWeight = 3, double Tolerance = 1e-5, int MaxIterations = 1000)
{
    public static readonly TrainingSettings Default = new();
}
