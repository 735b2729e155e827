using Plotly.NET;
using Workbench.Cli.Figures;

namespace Workbench.Tests.Figures;

/// <summary>
/// Chart JSON of each figure, plotted from hand-written data, against a reviewed snapshot: a change of look (titles,
/// axes, size, trace type) shows here as a diff. A missing snapshot is written and the test fails until it is reviewed
/// and committed; a snapshot is never re-approved just to make a test pass.
/// </summary>
public class FigureSnapshotTests
{
    [Fact]
    public void Ads_per_day() => Matches("corpus-ads-per-day",
        new AdsPerDayFigure().Plot(new AdsPerDayFigure.Data(["2026-06-01", "2026-06-02", "2026-06-03"], [120, 95, 140])));

    [Fact]
    public void Ads_per_province() => Matches("corpus-ads-per-province",
        new AdsPerProvinceFigure().Plot(new AdsPerProvinceFigure.Data(["YT", "ON", "QC"], [31, 9_800, 4_100], [70.1, 63.2, 46.6])));

    [Fact]
    public void Ads_per_site() => Matches("corpus-ads-per-site",
        new AdsPerSiteFigure().Plot(new AdsPerSiteFigure.Data(["northernlist.ca", "maplenights.com"], [5_400, 4_700])));

    [Fact]
    public void Cluster_quality() => Matches("clusters-quality",
        new ClusterQualityFigure().Plot(new ClusterQualityFigure.Data(
            [new("all ads", 10_000, 0.93, 0.95, 0.91), new("organized", 1_500, 0.97, 0.98, 0.96), new("spam", 1_200, 0.6, 0.7, 0.55)])));

    [Fact]
    public void Review_learning_curves() => Matches("review-learning-curves",
        new ReviewLearningCurvesFigure().Plot(new ReviewLearningCurvesFigure.Data(1_000, 30, 40, 120,
            [new(0, 0.8, 0.1, 240, 0, 0.0), new(10, 0.7, 0.4, 50, 3, 0.5), new(20, 0.95, 0.9, 31, 9, 0.93)],
            [new(0, 0.8, 0.1, 240, 0, 0.0), new(10, 0.5, 0.2, 70, 0, 0.1), new(20, 0.6, 0.5, 36, 1, 0.3)])));

    [Fact]
    public void Anomaly_event_windows() => Matches("anomalies-event-windows",
        new AnomalyEventWindowsFigure().Plot(new AnomalyEventWindowsFigure.Data(
            [new("E1 Calgary", 300, 200, 1.5, 1.2, 1.9, true), new("E2 Montréal", 410, 400, 1.02, 0.85, 1.23, false)])));

    [Fact]
    public void Graph_corridors() => Matches("graph-corridors",
        new GraphCorridorsFigure().Plot(new GraphCorridorsFigure.Data(
            [new("Toronto, ON", "Ottawa, ON", 40), new("Ottawa, ON", "Toronto, ON", 31), new("Calgary, AB", "Edmonton, AB", 22)], 3, 96)));

    [Fact]
    public void Every_figure_has_a_snapshot_test()
    {
        var tested = typeof(FigureSnapshotTests).GetMethods().Count(m => m.GetCustomAttributes(typeof(FactAttribute), false).Length > 0) - 1;
        Assert.Equal(FigureCatalog.All.Count, tested);
        Assert.Equal(FigureCatalog.All.Count, FigureCatalog.All.Select(f => f.Id).Distinct().Count());
    }

    private static void Matches(string id, GenericChart chart)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(GenericChart.toJson(chart))!;
        var json = node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n";
        var path = Path.Combine(RepoPaths.Root, "tests", "Workbench.Cli.Tests", "Figures", "Snapshots", id + ".json");
        if (!File.Exists(path))
        {
            File.WriteAllText(path, json);
            Assert.Fail($"snapshot written to {path}: review it and commit it");
        }
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), json);
    }
}
