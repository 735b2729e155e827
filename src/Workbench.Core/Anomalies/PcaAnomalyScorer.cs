using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Workbench.Anomalies;

/// <summary>Settings of the PCA scorer.</summary>
public sealed record PcaScorerOptions
{
    /// <summary>Principal components kept (capped at features − 1): what is not explained by them is the anomaly.</summary>
    public int Rank { get; init; } = 3;

    /// <summary>Oversampling of the randomized SVD.</summary>
    public int Oversampling { get; init; } = 20;

    /// <summary>Seed of the randomized SVD.</summary>
    public int Seed { get; init; } = 1;
}

/// <summary>
/// Rows that the main directions of variation do not explain: ML.NET's <c>RandomizedPca</c> anomaly trainer on robustly
/// standardized features, scored by its normalized reconstruction error. The driving features are each feature's share
/// of the squared reconstruction error, computed from the trained model's eigenvectors and mean.
/// </summary>
public static class PcaAnomalyScorer
{
    private sealed class Row
    {
        [VectorType]
        public float[] Features { get; set; } = [];
    }

    private sealed class Scored
    {
        public float Score { get; set; }
    }

    /// <summary>Scores and ranks every row of a matrix (model trained on the same rows), with driving features.</summary>
    public static IReadOnlyList<AnomalyScore> Rank(FeatureMatrix matrix, PcaScorerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        options ??= new PcaScorerOptions();
        matrix.Validate();
        if (matrix.Rows.Count == 0) return [];
        var features = matrix.Names.Count;
        if (features < 2) throw new ArgumentException("PCA needs at least 2 features");
        var z = matrix.Standardized();
        var rank = Math.Clamp(options.Rank, 1, features - 1);

        var ml = new MLContext(options.Seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, features);
        var data = ml.Data.LoadFromEnumerable(z.Select(r => new Row { Features = [.. r.Select(v => (float)v)] }), schema);
        var trainer = ml.AnomalyDetection.Trainers.RandomizedPca(new RandomizedPcaTrainer.Options
        {
            FeatureColumnName = nameof(Row.Features),
            Rank = rank,
            Oversampling = options.Oversampling,
            EnsureZeroMean = true,
            Seed = options.Seed,
        });
        var model = trainer.Fit(data);
        var scores = ml.Data.CreateEnumerable<Scored>(model.Transform(data), reuseRowObject: false).Select(s => (double)s.Score).ToArray();

        VBuffer<float>[] eigen = [];
        model.Model.GetEigenVectors(ref eigen, out var kept);
        VBuffer<float> meanBuffer = default;
        model.Model.GetMean(ref meanBuffer);
        var mean = new double[features];
        foreach (var (index, value) in meanBuffer.Items()) mean[index] = value;
        var basis = eigen.Take(kept).Select(v => { var a = new double[features]; foreach (var (i, x) in v.Items()) a[i] = x; return a; }).ToArray();

        var scored = new (double, double[])[z.Length];
        for (var i = 0; i < z.Length; i++)
        {
            var centred = z[i].Select((v, j) => v - mean[j]).ToArray();
            var residual = (double[])centred.Clone();
            foreach (var b in basis)
            {
                var projection = 0.0;
                for (var j = 0; j < features; j++) projection += centred[j] * b[j];
                for (var j = 0; j < features; j++) residual[j] -= projection * b[j];
            }
            scored[i] = (scores[i], residual.Select(r => r * r).ToArray());
        }
        return AnomalyRanking.Rank(matrix, scored);
    }
}
