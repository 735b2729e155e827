using Workbench.Prevalence;

namespace Workbench.Anomalies;

/// <summary>
/// Activity features of clusters, from the ads alone: how many ads, phones, cities, provinces and sites a cluster uses,
/// over how many days, and how bursty its posting is. These are the dimensions in which organized or scripted activity
/// differs from an independent advertiser (many phones, many cities, bursts); the graph helper's richer cluster features
/// can replace them through <see cref="FeatureMatrix"/>.
/// </summary>
public static class ClusterActivityFeatures
{
    /// <summary>Feature names, in column order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "log_ads", "phones", "cities", "provinces", "sites", "active_days", "span_days", "max_ads_per_day", "ads_per_active_day", "cities_per_week",
    ];

    /// <summary>
    /// One row per cluster with at least <paramref name="minAds"/> ads. Counts of phones, cities and the like enter as
    /// log(1 + n), so a cluster with 40 cities stands out without a linear scale letting one cluster dwarf the rest.
    /// </summary>
    public static FeatureMatrix Build(IReadOnlyList<AdActivity> ads, Func<AdActivity, string?> clusterOf, int minAds = 2)
    {
        ArgumentNullException.ThrowIfNull(ads);
        ArgumentNullException.ThrowIfNull(clusterOf);
        var groups = new Dictionary<string, List<AdActivity>>(StringComparer.Ordinal);
        foreach (var ad in ads)
        {
            var c = clusterOf(ad);
            if (c is null) continue;
            if (!groups.TryGetValue(c, out var list)) groups[c] = list = [];
            list.Add(ad);
        }
        var ids = new List<string>();
        var rows = new List<double[]>();
        foreach (var (id, members) in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (members.Count < minAds) continue;
            var days = members.GroupBy(a => DateOnly.FromDateTime(a.PostedAt.UtcDateTime)).Select(g => (g.Key, g.Count())).ToList();
            var span = days.Max(d => d.Key.DayNumber) - days.Min(d => d.Key.DayNumber) + 1;
            var cities = members.Select(a => a.City?.Trim().ToUpperInvariant()).Where(c => !string.IsNullOrEmpty(c)).Distinct().Count();
            ids.Add(id);
            rows.Add(
            [
                Math.Log(members.Count),
                Log1P(members.SelectMany(a => a.Phones).Distinct(StringComparer.Ordinal).Count()),
                Log1P(cities),
                Log1P(members.Select(a => a.Province).Where(p => !string.IsNullOrEmpty(p)).Distinct(StringComparer.OrdinalIgnoreCase).Count()),
                Log1P(members.Select(a => a.Site).Where(s => !string.IsNullOrEmpty(s)).Distinct(StringComparer.Ordinal).Count()),
                Log1P(days.Count),
                Log1P(span),
                Log1P(days.Max(d => d.Item2)),
                (double)members.Count / days.Count,
                cities / Math.Max(1.0, span / 7.0),
            ]);
        }
        return new FeatureMatrix(ids, Names, rows);
    }

    private static double Log1P(int n) => Math.Log(1.0 + n);
}
