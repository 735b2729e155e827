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
/// Rows far from the bulk in the principal subspace or off it: ML.NET's <c>RandomizedPca</c> trainer fits the components
/// on robustly standardized features, and each row is scored by the probabilistic-PCA distance T² + Q/σ² (Hotelling's
/// T² along the kept components, scaled by their variances, plus the squared reconstruction error Q over the mean
/// residual variance σ²).
/// </summary>
/// <remarks>
/// ML.NET's own score is the reconstruction error <em>relative to the row's norm</em>, which ranks a cluster that is
/// extreme along the main direction (many phones and many cities at once) as perfectly normal; T² restores it. The
/// driving features are each feature's share of Q/σ² plus its share of each component's T² term.
/// </remarks>
public static class PcaAnomalyScorer
{
    private sealed class Row
    {
        [VectorType]
        public float[] Features { get; set; } = [];
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
        VBuffer<float>[] eigen = [];
        model.Model.GetEigenVectors(ref eigen, out var kept);
        VBuffer<float> meanBuffer = default;
        model.Model.GetMean(ref meanBuffer);
        var mean = new double[features];
        foreach (var (index, value) in meanBuffer.Items()) mean[index] = value;
        var basis = eigen.Take(kept).Select(v => { var a = new double[features]; foreach (var (i, x) in v.Items()) a[i] = x; return a; }).ToArray();

        // Projections on the kept components and what they leave unexplained, per row.
        var n = z.Length;
        var projections = new double[n][];
        var residuals = new double[n][];
        for (var i = 0; i < n; i++)
        {
            var centred = z[i].Select((v, j) => v - mean[j]).ToArray();
            var residual = (double[])centred.Clone();
            projections[i] = new double[basis.Length];
            for (var k = 0; k < basis.Length; k++)
            {
                var projection = 0.0;
                for (var j = 0; j < features; j++) projection += centred[j] * basis[k][j];
                projections[i][k] = projection;
                for (var j = 0; j < features; j++) residual[j] -= projection * basis[k][j];
            }
            residuals[i] = residual;
        }
        var lambda = Enumerable.Range(0, basis.Length).Select(k => Math.Max(1e-9, projections.Average(p => p[k] * p[k]))).ToArray();
        var sigma2 = Math.Max(1e-9, residuals.Average(r => r.Sum(v => v * v)) / Math.Max(1, features - basis.Length));

        var scored = new (double, double[])[n];
        for (var i = 0; i < n; i++)
        {
            var credit = residuals[i].Select(r => r * r / sigma2).ToArray();
            var centred = z[i].Select((v, j) => v - mean[j]).ToArray();
            for (var k = 0; k < basis.Length; k++)
            {
                var t2 = projections[i][k] * projections[i][k] / lambda[k];
                var parts = Enumerable.Range(0, features).Select(j => centred[j] * basis[k][j] * centred[j] * basis[k][j]).ToArray();
                var total = parts.Sum();
                if (total <= 0) continue;
                for (var j = 0; j < features; j++) credit[j] += t2 * parts[j] / total;
            }
            scored[i] = (credit.Sum(), credit);
        }
        return AnomalyRanking.Rank(matrix, scored);
    }
}
