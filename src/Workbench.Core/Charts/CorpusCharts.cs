using Plotly.NET;
using Workbench.Reports;

namespace Workbench.Charts;

/// <summary>
/// Charts of a corpus overview: pure functions from a <see cref="CorpusSummary"/> to Plotly charts, so that the same
/// chart appears in the demo report, in notebooks and in paper figures.
/// </summary>
public static class CorpusCharts
{
    /// <summary>Ads posted per day (UTC).</summary>
    public static GenericChart AdsPerDay(CorpusSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var chart = Plotly.NET.CSharp.Chart.Line<DateTime, long, string>(
            x: summary.AdsPerDay.Select(d => d.Day.ToDateTime(TimeOnly.MinValue)),
            y: summary.AdsPerDay.Select(d => d.Ads),
            Name: "ads");
        return chart.Titled("Ads posted per day", "day (UTC)", "ads");
    }

    /// <summary>Ads per 100,000 residents by province (2021 census), which makes provinces of different size comparable.</summary>
    public static GenericChart AdsPerProvince(CorpusSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var rows = summary.Provinces.OrderByDescending(p => p.AdsPer100k).ToList();
        var chart = Plotly.NET.CSharp.Chart.Column<double, string, string>(
            values: rows.Select(p => Math.Round(p.AdsPer100k, 2)),
            Keys: rows.Select(p => p.Province).ToArray(),
            Name: "ads per 100k residents");
        return chart.Titled("Ads per 100,000 residents by province", "province", "ads per 100,000 residents");
    }

    /// <summary>Ads per site.</summary>
    public static GenericChart AdsPerSite(CorpusSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var chart = Plotly.NET.CSharp.Chart.Column<long, string, string>(
            values: summary.Sites.Select(s => s.Ads),
            Keys: summary.Sites.Select(s => s.Name).ToArray(),
            Name: "ads");
        return chart.Titled("Ads per site", "site", "ads");
    }

    /// <summary>How many ads each pseudonymous phone token appears in: a long tail here is the first sign of shared numbers.</summary>
    public static GenericChart AdsPerPhone(CorpusSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var chart = Plotly.NET.CSharp.Chart.Column<long, string, string>(
            values: summary.AdsPerPhone.Select(b => b.Phones),
            Keys: summary.AdsPerPhone.Select(b => b.Bucket).ToArray(),
            Name: "phone tokens");
        return chart.Titled("Phone tokens by number of ads they appear in", "ads per phone token", "phone tokens");
    }

    /// <summary>Quarantined rows by reason.</summary>
    public static GenericChart QuarantineReasons(CorpusSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var chart = Plotly.NET.CSharp.Chart.Bar<long, string, string>(
            values: summary.QuarantineReasons.Select(q => q.Rows),
            Keys: summary.QuarantineReasons.Select(q => q.Reason).ToArray(),
            Name: "rows");
        return chart.Titled("Quarantined rows by reason", "rows", "reason");
    }
}
