using System.Globalization;
using System.Text;

namespace Workbench.Anomalies;

/// <summary>The CSV files of <c>workbench anomalies</c> (schemas in <c>data-schemas/windows-csv.md</c> and <c>cluster-scores-csv.md</c>).</summary>
public static class AnomalyFiles
{
    /// <summary>Header of <c>windows.csv</c>.</summary>
    public const string WindowsHeader = "region,start,end,metric,effect,effect_lower,effect_upper,observed,expected,score,p_value,q_value";

    /// <summary>Header of <c>cluster_scores.csv</c>.</summary>
    public const string ClusterScoresHeader = "level,cluster_id,ads,pca_score,pca_rank,pca_drivers,iforest_score,iforest_rank,iforest_drivers";

    /// <summary><c>windows.csv</c>: every window the CUSUM proposed, with its effect and q-value (filter on q_value).</summary>
    public static string WindowsCsv(IEnumerable<AnomalyWindow> windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder(WindowsHeader).Append('\n');
        foreach (var w in windows)
        {
            var e = w.Effect;
            sb.Append(inv, $"{Quote(w.Region.ToString())},{w.Start:yyyy-MM-dd},{w.End:yyyy-MM-dd},{ActivitySeries.ColumnName(w.Metric)},")
              .Append(inv, $"{e.RateRatio:0.0000},{e.Lower:0.0000},{e.Upper:0.0000},{e.Observed:0},{e.Expected:0.0},{w.Score:0.000},{w.ScanPValue:0.######E+0},{w.QValue:0.######E+0}\n");
        }
        return sb.ToString();
    }

    /// <summary><c>cluster_scores.csv</c>: every scored cluster, most unusual (mean rank) first; drivers are the top 3 features with shares.</summary>
    public static string ClusterScoresCsv(IEnumerable<ClusterAnomaly> clusters)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder(ClusterScoresHeader).Append('\n');
        foreach (var c in clusters)
        {
            sb.Append(inv, $"{c.Level},{Quote(c.ClusterId)},{c.Ads},{c.Pca.Score:0.######},{c.Pca.Rank},{Drivers(c.Pca)},{c.Forest.Score:0.######},{c.Forest.Rank},{Drivers(c.Forest)}\n");
        }
        return sb.ToString();
    }

    /// <summary>The top features of a score as <c>name:share;…</c>.</summary>
    public static string Drivers(AnomalyScore score, int top = 3)
    {
        ArgumentNullException.ThrowIfNull(score);
        return string.Join(';', score.Contributions.Take(top).Select(c => c.Feature + ":" + c.Share.ToString("0.00", CultureInfo.InvariantCulture)));
    }

    private static string Quote(string s) =>
        s.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
