using Plotly.NET;
using Workbench.Anomalies;
using Workbench.Charts;
using Workbench.Prevalence;

namespace Workbench.Tests.Anomalies;

public class AnomalyChartsTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);

    private static List<AdActivity> Ads()
    {
        var ads = new List<AdActivity>();
        var n = 0;
        for (var d = 0; d < 120; d++)
        {
            var count = 10 + (d % 7) + (d is >= 80 and < 87 ? 40 : 0);
            for (var k = 0; k < count; k++) ads.Add(new AdActivity($"a{n++}", Start.AddDays(d), "s", "Calgary", "AB", [$"ph_{(n * 7) % 90}"]));
        }
        return ads;
    }

    [Fact]
    public void Given_a_rise_when_charted_then_the_series_baseline_and_window_with_q_value_appear()
    {
        var series = Detect.Series(Ads());
        var windows = Detect.Spikes(series);
        var key = new SeriesKey(SeriesLevel.City, "Calgary");
        var scores = new SpikeDetector().Scores(series, key, SeriesMetric.Ads);
        var json = GenericChart.toJson(AnomalyCharts.SeriesWithWindows(series, scores, windows));
        Assert.Contains("seasonal baseline", json, StringComparison.Ordinal);
        Assert.Contains("city:Calgary", json, StringComparison.Ordinal);
        Assert.Contains("q = ", json, StringComparison.Ordinal);
        Assert.Contains("window 2026-03", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_event_effects_when_charted_then_asymmetric_error_bars_and_a_line_at_one_are_drawn()
    {
        var effects = new List<(string, WindowEffect)>
        {
            ("E1 Stampede", new WindowEffect(120, 80, 1.5, 1.2, 1.9, 3, 0.001, 2)),
            ("E2 quiet", new WindowEffect(80, 80, 1.0, 0.8, 1.25, 0, 0.5, 2)),
        };
        var json = GenericChart.toJson(AnomalyCharts.EventWindows(effects));
        Assert.Contains("\"arrayminus\"", json, StringComparison.Ordinal);
        Assert.Contains("no change (ratio 1)", json, StringComparison.Ordinal);
        Assert.Contains("E1 Stampede", json, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"log\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_scored_clusters_when_charted_then_bars_are_stacked_by_driving_feature()
    {
        var clusters = new List<ClusterAnomaly>
        {
            new("micro", "m1", 12, new AnomalyScore("m1", 5, 1, [("cities", 0.7), ("ads_per_day", 0.3)]), new AnomalyScore("m1", 0.7, 2, [])),
            new("micro", "m2", 8, new AnomalyScore("m2", 3, 2, [("ads_per_day", 0.9)]), new AnomalyScore("m2", 0.8, 1, [])),
        };
        var json = GenericChart.toJson(AnomalyCharts.UnusualClusters(clusters));
        Assert.Contains("\"name\":\"cities\"", json, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"ads_per_day\"", json, StringComparison.Ordinal);
        Assert.Contains("stack", json, StringComparison.Ordinal);
        Assert.Contains("micro m1 (12 ads)", json, StringComparison.Ordinal);
        Assert.Contains("not findings", json, StringComparison.Ordinal);
    }
}
