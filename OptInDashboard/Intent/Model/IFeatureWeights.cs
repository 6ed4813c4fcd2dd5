namespace OptInDashboard.Intent.Model;

/// <summary>A linear model's weight for a feature bucket and a class: what an explanation reads.</summary>
public interface IFeatureWeights
{
    float Weight(int bucket, int classIndex);
}
