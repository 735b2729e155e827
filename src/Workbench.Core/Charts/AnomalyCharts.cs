using System.Globalization;
using Plotly.NET;
using Plotly.NET.TraceObjects;
using Workbench.Anomalies;

namespace Workbench.Charts;

/// <summary>
/// Charts of anomaly results: a region's daily series with its seasonal baseline and detected windows, event windows as
/// rate ratios with intervals, and the most unusual clusters with the features that drive their scores. Shared by the
/// demo report, notebook <c>04-anomalies</c> and paper figures. A window or an unusual cluster is a reason to look at
/// the ads, not a finding about anyone.
/// </summary>
public static class AnomalyCharts
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>
    /// One region's daily counts, its seasonal median baseline (dashed) and each detected window of that region and
    /// metric drawn over the counts, labelled with its dates, rate ratio and q-value.
    /// </summary>
    public static GenericChart SeriesWithWindows(ActivitySeries series, SeriesScores scores, IReadOnlyList<AnomalyWindow> windows, int maxWindows = 10)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(windows);
        var daily = series.Daily(scores.Region, scores.Metric).ToArray();
        var dates = Enumerable.Range(0, series.Days).Select(d => series.DayAt(d).ToDateTime(TimeOnly.MinValue)).ToArray();
        var metric = ActivitySeries.ColumnName(scores.Metric).Replace('_', ' ');
        var charts = new List<GenericChart>
        {
            Plotly.NET.CSharp.Chart.Line<DateTime, double, string>(x: dates, y: daily, Name: metric + " per day", LineColor: Color.fromString("#7f8c8d")),
        };
        var withBaseline = Enumerable.Range(0, dates.Length).Where(d => !double.IsNaN(scores.Baseline[d])).ToArray();
        charts.Add(Plotly.NET.CSharp.Chart.Line<DateTime, double, string>(
            x: withBaseline.Select(d => dates[d]), y: withBaseline.Select(d => scores.Baseline[d]),
            Name: "seasonal baseline (median of same weekday)", LineDash: StyleParam.DrawingStyle.Dash, LineColor: Color.fromString("#2c3e50")));
        var mine = windows.Where(w => w.Region == scores.Region && w.Metric == scores.Metric).OrderBy(w => w.QValue).Take(maxWindows).OrderBy(w => w.Start).ToList();
        foreach (var w in mine)
        {
            var from = Math.Max(0, w.Start.DayNumber - series.Start.DayNumber);
            var to = Math.Min(series.Days - 1, w.End.DayNumber - series.Start.DayNumber);
            if (to < from) continue;
            var days = Enumerable.Range(from, to - from + 1).ToArray();
            var label = string.Create(Inv, $"{w.Start:yyyy-MM-dd}–{w.End:yyyy-MM-dd}: RR {w.Effect.RateRatio:F2} [{w.Effect.Lower:F2}–{w.Effect.Upper:F2}], q = {w.QValue:G2}");
            charts.Add(Plotly.NET.CSharp.Chart.Line<DateTime, double, string>(
                x: days.Select(d => dates[d]), y: days.Select(d => daily[d]), Name: "window " + label,
                ShowMarkers: true, MarkerColor: Color.fromString("#c0392b"), LineColor: Color.fromString("#c0392b"),
                MultiText: days.Select(_ => string.Create(Inv, $"q = {w.QValue:G2}")).ToArray()));
        }
        return Plotly.NET.CSharp.Chart.Combine(charts).Titled(
            string.Create(Inv, $"{scores.Region}: {metric} per day with seasonal baseline and detected windows (red)"),
            "day (UTC)", metric + " per day");
    }

    /// <summary>
    /// Rate ratio (window ÷ seasonal baseline) of each window or event with its confidence interval as error bars and a
    /// line at 1 (no change). Intervals that include 1 show no clear rise.
    /// </summary>
    public static GenericChart EventWindows(IReadOnlyList<(string Label, WindowEffect Effect)> windows, string title = "Rate ratio of each window against its seasonal baseline", double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(windows);
        var rows = windows.Where(w => !double.IsNaN(w.Effect.RateRatio)).ToList();
        var labels = rows.Select(r => r.Label).ToArray();
        var points = Plotly.NET.CSharp.Chart.Point<string, double, string>(
            x: labels, y: rows.Select(r => r.Effect.RateRatio),
            Name: string.Create(Inv, $"rate ratio with {confidence * 100:0.#}% interval"),
            MultiText: rows.Select(r => string.Create(Inv, $"observed {r.Effect.Observed:N0} vs expected {r.Effect.Expected:N1}")).ToArray(),
            MarkerColor: Color.fromString("#2c3e50"));
        var error = new Error();
        error.SetProperty("type", "data");
        error.SetProperty("symmetric", false);
        error.SetProperty("array", rows.Select(r => r.Effect.Upper - r.Effect.RateRatio).ToArray());
        error.SetProperty("arrayminus", rows.Select(r => r.Effect.RateRatio - r.Effect.Lower).ToArray());
        points = Plotly.NET.Chart.withYError(error).Invoke(points);
        var one = Plotly.NET.CSharp.Chart.Line<string, double, string>(
            x: labels, y: labels.Select(_ => 1.0), Name: "no change (ratio 1)", LineDash: StyleParam.DrawingStyle.Dash, LineColor: Color.fromString("#27ae60"));
        var combined = Plotly.NET.CSharp.Chart.Combine([points, one]).Titled(title, "window", "rate ratio (log scale)");
        return Plotly.NET.CSharp.GenericChartExtensions.WithYAxisStyle<double, double, string>(combined, TitleText: "rate ratio (log scale)", AxisType: StyleParam.AxisType.Log);
    }

    /// <summary>
    /// The most unusual clusters (by mean rank of the two scorers) as stacked bars: each bar splits the PCA score among
    /// the features that drive it, so a reader sees why a cluster stands out.
    /// </summary>
    public static GenericChart UnusualClusters(IReadOnlyList<ClusterAnomaly> clusters, int top = 10, int features = 5)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        var shown = clusters.OrderBy(c => c.MeanRank).ThenBy(c => c.ClusterId, StringComparer.Ordinal).Take(top).ToList();
        var labels = shown.Select(c => string.Create(Inv, $"{c.Level} {c.ClusterId} ({c.Ads:N0} ads)")).ToArray();
        var drivers = shown.SelectMany(c => c.Pca.Contributions.OrderByDescending(f => f.Share).Take(features).Select(f => f.Feature))
            .Distinct(StringComparer.Ordinal).ToList();
        var charts = new List<GenericChart>();
        foreach (var feature in drivers)
        {
            var values = shown.Select(c => c.Pca.Contributions.OrderByDescending(f => f.Share).Take(features)
                .Where(f => f.Feature == feature).Select(f => f.Share).DefaultIfEmpty(0).Sum()).ToArray();
            charts.Add(Plotly.NET.CSharp.Chart.StackedColumn<double, string, string>(values: values, Keys: labels, Name: feature));
        }
        if (charts.Count == 0) charts.Add(Plotly.NET.CSharp.Chart.Column<double, string, string>(values: labels.Select(_ => 0.0), Keys: labels, Name: "no drivers"));
        return Plotly.NET.CSharp.Chart.Combine(charts).Titled(
            string.Create(Inv, $"Top {shown.Count} unusual clusters and the features driving their scores (reasons to look, not findings)"),
            "cluster", "share of the reconstruction score");
    }
}
