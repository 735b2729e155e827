namespace Workbench.Anomalies;

/// <summary>
/// The numeric table anomaly scorers read: one row per cluster, named columns. Kept independent of where the features
/// come from (the graph helper's cluster features, or <see cref="ClusterActivityFeatures"/>) so that an adapter is one
/// function.
/// </summary>
/// <param name="Ids">Row identifiers (cluster ids).</param>
/// <param name="Names">Feature names, one per column.</param>
/// <param name="Rows">Values, <c>Rows[i][j]</c> for row i, feature j; finite numbers only.</param>
public sealed record FeatureMatrix(IReadOnlyList<string> Ids, IReadOnlyList<string> Names, IReadOnlyList<double[]> Rows)
{
    /// <summary>Checks shape and values; the message names the row and feature at fault.</summary>
    public void Validate()
    {
        if (Ids.Count != Rows.Count) throw new ArgumentException($"{Ids.Count} ids for {Rows.Count} rows");
        for (var i = 0; i < Rows.Count; i++)
        {
            if (Rows[i].Length != Names.Count) throw new ArgumentException($"row {Ids[i]}: {Rows[i].Length} values for {Names.Count} features");
            for (var j = 0; j < Names.Count; j++)
            {
                if (!double.IsFinite(Rows[i][j])) throw new ArgumentException($"row {Ids[i]}, feature {Names[j]}: not a finite number");
            }
        }
    }

    /// <summary>
    /// Robustly standardized copy: each column centred on its median and divided by 1.4826·MAD (or the standard
    /// deviation when the MAD is 0), so that a feature's scale does not decide its weight and outliers do not set the scale.
    /// </summary>
    public double[][] Standardized()
    {
        var n = Rows.Count;
        var result = new double[n][];
        for (var i = 0; i < n; i++) result[i] = new double[Names.Count];
        var column = new double[n];
        for (var j = 0; j < Names.Count; j++)
        {
            for (var i = 0; i < n; i++) column[i] = Rows[i][j];
            var median = RobustBaseline.Median(column.AsSpan());
            for (var i = 0; i < n; i++) column[i] = Math.Abs(Rows[i][j] - median);
            var scale = 1.4826 * RobustBaseline.Median(column.AsSpan());
            if (scale <= 1e-12)
            {
                var mean = Rows.Average(r => r[j]);
                scale = Math.Sqrt(Rows.Sum(r => (r[j] - mean) * (r[j] - mean)) / Math.Max(1, n - 1));
            }
            if (scale <= 1e-12) scale = 1;
            for (var i = 0; i < n; i++) result[i][j] = (Rows[i][j] - median) / scale;
        }
        return result;
    }
}

/// <summary>How unusual one row is, with the features that drive the score.</summary>
/// <param name="Id">Row identifier.</param>
/// <param name="Score">Anomaly score (higher is more unusual; scale depends on the method).</param>
/// <param name="Rank">1 for the most unusual.</param>
/// <param name="Contributions">Share of the score per feature (non-negative, summing to 1), largest first.</param>
public sealed record AnomalyScore(string Id, double Score, int Rank, IReadOnlyList<(string Feature, double Share)> Contributions);
