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
