using Plotly.NET;
using Plotly.NET.CSharp;
using Workbench.Clustering;

namespace Workbench.Charts;

/// <summary>
/// Charts and tables of micro-cluster results: pure functions from a <see cref="MicroClusterResult"/> to Plotly charts
/// or rows, shared by the demo report, notebooks and paper figures. Everything here counts ads and clusters, not people.
/// </summary>
public static class ClusterCharts
{
    /// <summary>
    /// Strip heat map of ads per day for the largest micro-clusters: one row per cluster, one column per day. Steady
    /// reposting, bursts and gaps show at a glance; they describe posting, not who posts.
    /// </summary>
    public static GenericChart DailyStrip(MicroClusterResult result, int top = 20)
    {
        ArgumentNullException.ThrowIfNull(result);
        var clusters = result.Clusters.OrderByDescending(c => c.Members.Count).ThenBy(c => c.ClusterId).Take(top).ToList();
        var wanted = clusters.Select(c => c.ClusterId).ToHashSet();
        var byCluster = new Dictionary<int, Dictionary<DateOnly, int>>();
        DateOnly? first = null, last = null;
        foreach (var a in result.Assignments)
        {
            var day = DateOnly.FromDateTime(a.PostedAt.UtcDateTime);
            first = first is null || day < first ? day : first;
            last = last is null || day > last ? day : last;
            if (!wanted.Contains(a.MicroClusterId)) continue;
            if (!byCluster.TryGetValue(a.MicroClusterId, out var days)) byCluster[a.MicroClusterId] = days = [];
            days[day] = days.GetValueOrDefault(day) + 1;
        }
        var axis = new List<DateTime>();
        for (var d = first ?? default; first is not null && d <= last; d = d.AddDays(1)) axis.Add(d.ToDateTime(TimeOnly.MinValue));
        var z = clusters.Select(c => axis.Select(d => byCluster.GetValueOrDefault(c.ClusterId)?.GetValueOrDefault(DateOnly.FromDateTime(d)) ?? 0).ToArray()).ToArray();
        var labels = clusters.Select(c => $"#{c.ClusterId} ({c.Members.Count} ads)").ToArray();
        var chart = Plotly.NET.CSharp.Chart.Heatmap<int, DateTime, string, string>(
            zData: z, X: axis, Y: labels, Name: "ads per day");
        return chart.Titled("Ads per day of the largest micro-clusters", "day (UTC)", "micro-cluster", 900, Math.Max(300, 60 + (22 * clusters.Count)));
    }

    /// <summary>Size (ads, log scale) against compression rate for every micro-cluster: large, highly compressible clusters are the strongest template signals.</summary>
    public static GenericChart SizeAgainstCompression(MicroClusterResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var chart = Plotly.NET.CSharp.Chart.Point<int, double, string>(
            x: result.Clusters.Select(c => c.Members.Count),
            y: result.Clusters.Select(c => Math.Round(c.CompressionRate, 4)),
            Name: "micro-clusters",
            MultiText: new Optional<IEnumerable<string>>(result.Clusters.Select(c => $"#{c.ClusterId}: {Shorten(c.TemplateText, 80)}").ToArray(), true));
        chart = chart.WithXAxisStyle<string, string, string>(TitleText: "ads in the micro-cluster", AxisType: StyleParam.AxisType.Log);
        return chart.Titled("Micro-clusters by size and compression rate", "ads in the micro-cluster (log)", "compression rate (share of bits saved)");
    }

    /// <summary>
    /// Pairwise precision and recall of micro-clusters against planted templates, per group of ads (an actor type or all
    /// ads), as grouped bars with the adjusted Rand index and the number of ads in each label. Precision says how often
    /// two ads put together share a template; recall how many same-template pairs were put together.
    /// </summary>
    /// <param name="rows">One row per group: its name, ads, ARI, pairwise precision and recall.</param>
    /// <param name="title">Chart title.</param>
    public static GenericChart QualityByGroup(IReadOnlyList<(string Group, int Ads, double Ari, double Precision, double Recall)> rows, string title = "Micro-clusters against planted templates")
    {
        ArgumentNullException.ThrowIfNull(rows);
        var labels = rows.Select(r => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{r.Group}<br>{r.Ads:N0} ads<br>ARI {r.Ari:F2}")).ToArray();
        var precision = Plotly.NET.CSharp.Chart.Column<double, string, string>(
            values: rows.Select(r => Math.Round(r.Precision, 3)), Keys: new Optional<IEnumerable<string>>(labels, true), Name: "pairwise precision",
            MarkerColor: Color.fromString("#2c3e50"));
        var recall = Plotly.NET.CSharp.Chart.Column<double, string, string>(
            values: rows.Select(r => Math.Round(r.Recall, 3)), Keys: new Optional<IEnumerable<string>>(labels, true), Name: "pairwise recall",
            MarkerColor: Color.fromString("#c0392b"));
        var chart = Plotly.NET.CSharp.Chart.Combine([precision, recall]);
        chart = chart.WithYAxisStyle<double, double, string>(TitleText: "share of ad pairs", MinMax: new Optional<Tuple<double, double>>(Tuple.Create(0.0, 1.0), true));
        chart = chart.Titled(title, "", "share of ad pairs");
        // Horizontal two-line labels: the group names stay readable without tilting.
        var axis = new Plotly.NET.LayoutObjects.LinearAxis();
        axis.SetProperty("tickangle", 0);
        axis.SetProperty("title", new Dictionary<string, object> { ["text"] = "ads by actor type (synthetic truth)" });
        return Plotly.NET.Chart.withXAxis(axis, null).Invoke(chart);
    }

    /// <summary>The largest meta-clusters with what links them, as table rows.</summary>
    public static IReadOnlyList<MetaClusterRow> MetaClusterSummary(MicroClusterResult result, int top = 15)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. result.MetaClusters.Take(top).Select(m => new MetaClusterRow(
            m.MetaClusterId, m.MicroClusterIds.Count, m.Ads, m.UnclusteredAds, m.Phones, m.Emails, m.Handles, m.Images,
            m.MicroClusterIds.Count == 0 ? "" : Shorten(result.Clusters[m.MicroClusterIds.OrderByDescending(c => result.Clusters[c].Members.Count).First()].TemplateText, 90)))];
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}

/// <summary>One meta-cluster in a summary table.</summary>
/// <param name="MetaClusterId">The meta-cluster.</param>
/// <param name="MicroClusters">Micro-clusters in it.</param>
/// <param name="Ads">Ads in it.</param>
/// <param name="UnclusteredAds">Ads in it but in no micro-cluster.</param>
/// <param name="Phones">Distinct phone tokens linking it.</param>
/// <param name="Emails">Distinct e-mail tokens.</param>
/// <param name="Handles">Distinct handle tokens.</param>
/// <param name="Images">Distinct image hashes.</param>
/// <param name="LargestTemplate">Template of its largest micro-cluster (slots as <c>[*]</c>).</param>
public sealed record MetaClusterRow(int MetaClusterId, int MicroClusters, int Ads, int UnclusteredAds, int Phones, int Emails, int Handles, int Images, string LargestTemplate);
