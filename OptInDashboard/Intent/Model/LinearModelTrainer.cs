using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using OptInDashboard.Intent.Training;

namespace OptInDashboard.Intent.Model;

/// <summary>
/// ML.NET's multinomial logistic regression (LbfgsMaximumEntropy) over our sparse feature vectors, on one thread,
/// so the same rows and settings give the same model. The intent model and the language model are both this.
/// </summary>
public static class LinearModelTrainer
{
    public static (MLContext Context, ITransformer Transformer, DataViewSchema InputSchema) Train(IEnumerable<TrainingRow> rows, int classes, TrainingSettings settings)
    {
        var context = new MLContext(settings.Seed);
        var schema = SchemaDefinition.Create(typeof(TrainingRow));
        schema[nameof(TrainingRow.Label)].ColumnType = new KeyDataViewType(typeof(uint), classes);
        var data = context.Data.LoadFromEnumerable(rows, schema);
        var trainer = context.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = nameof(TrainingRow.Label),
            FeatureColumnName = nameof(TrainingRow.Features),
            ExampleWeightColumnName = nameof(TrainingRow.Weight),
            L1Regularization = (float)settings.L1,
            L2Regularization = (float)settings.L2,
            OptimizationTolerance = (float)settings.Tolerance,
            MaximumNumberOfIterations = settings.MaxIterations,
            NumberOfThreads = 1,
        });
        return (context, trainer.Fit(data), data.Schema);
    }
}
