using System.Globalization;
using Workbench.Clustering;
using Workbench.Data;
using Workbench.Graphs;
using Workbench.Text;

namespace Workbench.Review;

/// <summary>
/// Builds the review candidates (one per micro-cluster) with a numeric feature vector: size, text reuse, contact and
/// persona counts, spread in place and time, indicator-cue shares and the meta-cluster's reach. These are the cluster
/// features the labelling functions and the classifier read; cost O(ads × text length). Size, phones, images and time
/// span come from <see cref="ClusterFeatureCalculator"/>, which the graph features share; names and cities keep the
/// review's own definitions (case-folded names, city names as written).
/// </summary>
public static class ReviewFeatures
{
    /// <summary>Feature names, in vector order.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "log_ads", "distinct_text_share", "compression", "slots", "phones", "phones_per_ad", "emails", "handles", "names", "cities",
        "provinces", "sites", "images", "span_days", "ads_per_day", "incall_only_share", "meta_micro_clusters", "meta_log_ads",
        "cue_third_person", "cue_movement", "cue_restricted_service", "cue_spam_scam", "cue_spa_massage", "cue_pricing", "cue_safety_screening",
    ];

    private static readonly Dictionary<string, int> IndexOf = Names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i);

    /// <summary>Position of a feature.</summary>
    public static int Index(string name) => IndexOf.TryGetValue(name, out var i) ? i : throw new ArgumentException($"unknown review feature '{name}'");

    /// <summary>The candidates of a micro-cluster result over its ads (ads in no micro-cluster are not review targets).</summary>
    public static IReadOnlyList<ReviewCandidate> Build(IReadOnlyList<Ad> ads, MicroClusterResult clusters, IndicatorLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(ads);
        ArgumentNullException.ThrowIfNull(clusters);
        lexicon ??= IndicatorLexicon.Default;
        var indexOf = new Dictionary<string, int>(ads.Count, StringComparer.Ordinal);
        for (var k = 0; k < ads.Count; k++) indexOf[ads[k].AdId] = k;
        var groups = clusters.Clusters.Select(c => (c.ClusterId.ToString(CultureInfo.InvariantCulture),
            (IReadOnlyList<int>)[.. c.Members.Select(id => indexOf.TryGetValue(id, out var k) ? k : throw new ArgumentException($"cluster {c.ClusterId}: ad {id} is not among the ads"))]));
        var shared = ClusterFeatureCalculator.ForGroups(ads, ClusterFeatureCalculator.MicroLevel, groups, new ClusterFeatureOptions { CountCues = false });
        var metaAds = clusters.MetaClusters.ToDictionary(m => m.MetaClusterId, m => m);
        var result = new ReviewCandidate[clusters.Clusters.Count];
        Parallel.For(0, clusters.Clusters.Count, i =>
        {
            var c = clusters.Clusters[i];
            var sf = shared[i];
            var members = c.Members.Select(id => ads[indexOf[id]]).ToList();
            var cues = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var a in members)
            {
                foreach (var cat in lexicon.Find((a.Title ?? "") + "\n" + a.Body).Select(m => m.Category).Distinct())
                {
                    cues[cat] = cues.GetValueOrDefault(cat) + 1;
                }
            }
            foreach (var k in cues.Keys.ToList()) cues[k] /= members.Count;
            var n = sf.Ads;
            var first = members.Min(a => a.PostedAt);
            var last = members.Max(a => a.PostedAt);
            var span = Math.Max(1, sf.SpanDays);
            var phones = sf.Phones;
            var cities = members.Where(a => a.City is not null).GroupBy(a => a.City!).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();
            metaAds.TryGetValue(c.MetaClusterId, out var meta);
            var f = new float[Names.Count];
            void Set(string name, double v) => f[IndexOf[name]] = (float)v;
            Set("log_ads", Math.Log(n));
            Set("distinct_text_share", (double)c.DistinctTexts / n);
            Set("compression", c.CompressionRate);
            Set("slots", c.SlotCount);
            Set("phones", phones);
            Set("phones_per_ad", (double)phones / n);
            Set("emails", members.SelectMany(a => a.Emails).Distinct().Count());
            Set("handles", members.SelectMany(a => a.Handles).Distinct().Count());
            Set("names", members.SelectMany(a => a.Names).Select(s => s.ToLowerInvariant()).Distinct().Count());
            Set("cities", cities.Count);
            Set("provinces", members.Select(a => a.Province).Where(p => p is not null).Distinct().Count());
            Set("sites", members.Select(a => a.Site).Where(p => p is not null).Distinct().Count());
            Set("images", sf.Images);
            Set("span_days", span);
            Set("ads_per_day", n / span);
            Set("incall_only_share", members.Count(a => a.Incall == true && a.Outcall != true) / (double)n);
            Set("meta_micro_clusters", meta?.MicroClusterIds.Count ?? 1);
            Set("meta_log_ads", Math.Log(meta?.Ads ?? n));
            foreach (var cat in new[] { "third_person", "movement", "restricted_service", "spam_scam", "spa_massage", "pricing", "safety_screening" })
            {
                Set("cue_" + cat, cues.GetValueOrDefault(cat));
            }
            var ethnicity = members.Where(a => !string.IsNullOrWhiteSpace(a.StatedEthnicity)).GroupBy(a => a.StatedEthnicity!.Trim().ToLowerInvariant())
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault() ?? "unstated";
            result[i] = new ReviewCandidate
            {
                ClusterId = c.ClusterId,
                MetaClusterId = c.MetaClusterId,
                TemplateText = c.TemplateText,
                AdIds = c.Members,
                Features = f,
                CueShares = cues,
                StatedEthnicity = ethnicity,
                Cities = cities,
                FirstPost = first,
                LastPost = last,
            };
        });
        return result;
    }
}
