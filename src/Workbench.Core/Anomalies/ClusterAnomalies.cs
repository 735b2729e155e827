using Workbench.Clustering;
using Workbench.Prevalence;

namespace Workbench.Anomalies;

/// <summary>One cluster scored by both methods: one row of <c>cluster_scores.csv</c>.</summary>
/// <param name="Level"><c>micro</c> or <c>meta</c>.</param>
/// <param name="ClusterId">Cluster identifier at that level.</param>
/// <param name="Ads">Ads in the cluster.</param>
/// <param name="Pca">RandomizedPca reconstruction score and drivers.</param>
/// <param name="Forest">Isolation-forest score and drivers.</param>
public sealed record ClusterAnomaly(string Level, string ClusterId, int Ads, AnomalyScore Pca, AnomalyScore Forest)
{
    /// <summary>Mean of the two ranks: agreement of two different notions of "unusual" ranks first.</summary>
    public double MeanRank => (Pca.Rank + Forest.Rank) / 2.0;
}

/// <summary>Options of cluster scoring.</summary>
public sealed record ClusterAnomalyOptions
{
    /// <summary>Clusters with fewer ads are not scored (a two-ad cluster has no shape).</summary>
    public int MinAds { get; init; } = 3;

    /// <summary>PCA settings.</summary>
    public PcaScorerOptions Pca { get; init; } = new();

    /// <summary>Isolation-forest settings.</summary>
    public IsolationForestOptions Forest { get; init; } = new();
}

/// <summary>Ranks clusters by how unusual their activity features are, with both scorers.</summary>
public static class ClusterAnomalies
{
    /// <summary>Scores the rows of a feature matrix with both methods; <paramref name="adsOf"/> gives each row's size.</summary>
    public static IReadOnlyList<ClusterAnomaly> Score(string level, FeatureMatrix matrix, Func<string, int> adsOf, ClusterAnomalyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(adsOf);
        options ??= new ClusterAnomalyOptions();
        if (matrix.Rows.Count < 2) return [];
        var pca = PcaAnomalyScorer.Rank(matrix, options.Pca).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var forest = IsolationForest.Rank(matrix, options.Forest).ToDictionary(s => s.Id, StringComparer.Ordinal);
        return [.. matrix.Ids.Select(id => new ClusterAnomaly(level, id, adsOf(id), pca[id], forest[id]))
            .OrderBy(c => c.MeanRank).ThenBy(c => c.ClusterId, StringComparer.Ordinal)];
    }

    /// <summary>Micro- and meta-clusters of a clustering result, scored on the activity of their ads.</summary>
    public static IReadOnlyList<ClusterAnomaly> Score(IReadOnlyList<AdActivity> ads, MicroClusterResult clusters, ClusterAnomalyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ads);
        ArgumentNullException.ThrowIfNull(clusters);
        options ??= new ClusterAnomalyOptions();
        var byAd = clusters.Assignments.ToDictionary(a => a.AdId, StringComparer.Ordinal);
        string? Micro(AdActivity a) => byAd.TryGetValue(a.AdId, out var x) && x.MicroClusterId >= 0 ? "m" + x.MicroClusterId : null;
        string? Meta(AdActivity a) => byAd.TryGetValue(a.AdId, out var x) && x.MetaClusterId >= 0 ? "M" + x.MetaClusterId : null;
        return [.. Level("micro", ads, Micro, options), .. Level("meta", ads, Meta, options)];
    }

    /// <summary>Clusters given by any per-ad key (e.g. phone-linked advertisers), scored on the activity of their ads.</summary>
    public static IReadOnlyList<ClusterAnomaly> Level(string level, IReadOnlyList<AdActivity> ads, Func<AdActivity, string?> clusterOf, ClusterAnomalyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ads);
        options ??= new ClusterAnomalyOptions();
        var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ad in ads)
        {
            if (clusterOf(ad) is { } c) sizes[c] = sizes.GetValueOrDefault(c) + 1;
        }
        var matrix = ClusterActivityFeatures.Build(ads, clusterOf, options.MinAds);
        return Score(level, matrix, id => sizes[id], options);
    }

    /// <summary>Phone-linked advertisers (<c>u…</c>: ads sharing a phone token, directly or through a chain) scored as clusters.</summary>
    public static IReadOnlyList<ClusterAnomaly> ScorePhoneAdvertisers(IReadOnlyList<AdActivity> ads, ClusterAnomalyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ads);
        var units = PhoneUnits.Build([.. ads.Select(a => a.Phones)]);
        var unitOf = new Dictionary<AdActivity, string?>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < ads.Count; i++)
        {
            var u = units.UnitOfAd[i];
            unitOf[ads[i]] = units.HasPhone[u] ? "u" + u.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        }
        return Level("phone", ads, a => unitOf[a], options);
    }
}
