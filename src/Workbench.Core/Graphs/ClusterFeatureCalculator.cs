using Workbench.Clustering;
using Workbench.Data;
using Workbench.Reference;

namespace Workbench.Graphs;

/// <summary>
/// Computes <see cref="ClusterFeatures"/> for groups of ads: the micro- and meta-clusters of a
/// <see cref="MicroClusterResult"/>, the ads of each phone token, graph communities, or any labelling. Cost is linear
/// in the ads of the groups; groups are computed in parallel and returned in a fixed order.
/// </summary>
public static class ClusterFeatureCalculator
{
    /// <summary>Level name of micro-cluster rows.</summary>
    public const string MicroLevel = "micro";

    /// <summary>Level name of meta-cluster rows.</summary>
    public const string MetaLevel = "meta";

    /// <summary>Level name of per-phone-token rows.</summary>
    public const string PhoneLevel = "phone";

    /// <summary>
    /// Features of every micro-cluster, then every meta-cluster, of <paramref name="result"/>, in id order.
    /// </summary>
    /// <param name="ads">The ads the result was fitted on, in the same order.</param>
    /// <param name="result">The micro-cluster result.</param>
    /// <param name="options">Settings (null: defaults).</param>
    /// <exception cref="ArgumentException">The ads and the result's assignments do not line up.</exception>
    public static IReadOnlyList<ClusterFeatures> Compute(IReadOnlyList<Ad> ads, MicroClusterResult result, ClusterFeatureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ads);
        ArgumentNullException.ThrowIfNull(result);
        options ??= new();
        options.Validate();
        if (ads.Count != result.Assignments.Count)
        {
            throw new ArgumentException($"{ads.Count:N0} ads but {result.Assignments.Count:N0} assignments: give the ads the result was fitted on, in the same order.");
        }
        var micro = new int[ads.Count];
        var meta = new int[ads.Count];
        for (var i = 0; i < ads.Count; i++)
        {
            var a = result.Assignments[i];
            if (!string.Equals(a.AdId, ads[i].AdId, StringComparison.Ordinal))
            {
                throw new ArgumentException($"ad {i + 1} is '{ads[i].AdId}' but assignment {i + 1} is '{a.AdId}': give the ads in the order the result was fitted on.");
            }
            micro[i] = a.MicroClusterId;
            meta[i] = a.MetaClusterId;
        }
        var facts = AdFacts.Build(ads, options.CountCues, options.Lexicon);
        var rows = new List<ClusterFeatures>(result.Clusters.Count + result.MetaClusters.Count);
        rows.AddRange(ForLabels(facts, MicroLevel, micro, options));
        rows.AddRange(ForLabels(facts, MetaLevel, meta, options));
        return rows;
    }

    /// <summary>Features of every group of a labelling (label ≥ 0; negative labels are in no group), in label order.</summary>
    public static IReadOnlyList<ClusterFeatures> ForLabels(IReadOnlyList<Ad> ads, string level, IReadOnlyList<int> labelOfAd, ClusterFeatureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ads);
        ArgumentNullException.ThrowIfNull(labelOfAd);
        options ??= new();
        options.Validate();
        if (labelOfAd.Count != ads.Count) throw new ArgumentException($"{ads.Count:N0} ads but {labelOfAd.Count:N0} labels; give one label per ad.");
        return ForLabels(AdFacts.Build(ads, options.CountCues, options.Lexicon), level, labelOfAd, options);
    }

    /// <summary>Features of every phone token on at least <paramref name="minimumAds"/> ads, most ads first (ties by token).</summary>
    public static IReadOnlyList<ClusterFeatures> ForPhones(IReadOnlyList<Ad> ads, int minimumAds = 2, ClusterFeatureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ads);
        options ??= new();
        options.Validate();
        var byPhone = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < ads.Count; i++)
        {
            foreach (var p in ads[i].Phones.Distinct(StringComparer.Ordinal))
            {
                if (!byPhone.TryGetValue(p, out var list)) byPhone[p] = list = [];
                list.Add(i);
            }
        }
        var groups = byPhone.Where(kv => kv.Value.Count >= minimumAds)
            .OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => (kv.Key, (IReadOnlyList<int>)kv.Value)).ToList();
        return ForGroups(AdFacts.Build(ads, options.CountCues, options.Lexicon), PhoneLevel, groups, options);
    }

    /// <summary>Features of given groups of ads (indexes into <paramref name="ads"/>), in the order given.</summary>
    public static IReadOnlyList<ClusterFeatures> ForGroups(IReadOnlyList<Ad> ads, string level, IEnumerable<(string Id, IReadOnlyList<int> AdIndexes)> groups, ClusterFeatureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ads);
        ArgumentNullException.ThrowIfNull(groups);
        options ??= new();
        options.Validate();
        return ForGroups(AdFacts.Build(ads, options.CountCues, options.Lexicon), level, groups.ToList(), options);
    }

    internal static IReadOnlyList<ClusterFeatures> ForLabels(AdFacts facts, string level, IReadOnlyList<int> labelOfAd, ClusterFeatureOptions options)
    {
        var max = -1;
        foreach (var l in labelOfAd) max = Math.Max(max, l);
        var members = new List<int>[max + 1];
        for (var c = 0; c <= max; c++) members[c] = [];
        for (var i = 0; i < labelOfAd.Count; i++)
        {
            if (labelOfAd[i] >= 0) members[labelOfAd[i]].Add(i);
        }
        var groups = new List<(string, IReadOnlyList<int>)>(members.Length);
        for (var c = 0; c < members.Length; c++)
        {
            if (members[c].Count > 0) groups.Add((c.ToString(System.Globalization.CultureInfo.InvariantCulture), members[c]));
        }
        return ForGroups(facts, level, groups, options);
    }

    internal static IReadOnlyList<ClusterFeatures> ForGroups(AdFacts facts, string level, IReadOnlyList<(string Id, IReadOnlyList<int> AdIndexes)> groups, ClusterFeatureOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(level);
        var rows = new ClusterFeatures[groups.Count];
        Parallel.For(0, groups.Count, g => rows[g] = One(facts, level, groups[g].Id, groups[g].AdIndexes, options));
        return rows;
    }

    private static ClusterFeatures One(AdFacts facts, string level, string id, IReadOnlyList<int> members, ClusterFeatureOptions options)
    {
        if (members.Count == 0) throw new ArgumentException($"group '{id}' has no ads.");
        var phones = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var cities = new HashSet<int>();
        var images = new HashSet<string>(StringComparer.Ordinal);
        var urls = new HashSet<string>(StringComparer.Ordinal);
        var ticks = new long[members.Count];
        var cues = 0;
        for (var k = 0; k < members.Count; k++)
        {
            var i = members[k];
            var ad = facts.Ads[i];
            ticks[k] = facts.Ticks[i];
            foreach (var p in ad.Phones) phones[p] = phones.GetValueOrDefault(p) + 1;
            foreach (var n in ad.Names) names.Add(n.Trim());
            foreach (var h in ad.ImageHashes) images.Add(h);
            foreach (var u in ad.Urls) urls.Add(u);
            if (facts.Place[i] >= 0) cities.Add(facts.Place[i]);
            if (facts.Cue[i]) cues++;
        }
        Array.Sort(ticks);
        var first = ticks[0];
        var last = ticks[^1];
        var spanDays = (last - first) / (double)TimeSpan.TicksPerDay;

        var radius = Radius(facts, members, long.MaxValue);
        var growth = 0.0;
        if (spanDays > options.InitialRadiusDays)
        {
            var initial = Radius(facts, members, first + (options.InitialRadiusDays * TimeSpan.TicksPerDay));
            growth = (radius - initial) / (spanDays - options.InitialRadiusDays);
        }

        return new ClusterFeatures(
            level, id, members.Count, phones.Count, Entropy(phones.Values), names.Count, cities.Count,
            radius, growth, members.Count / Math.Max(spanDays, 1.0) * 7.0, Burstiness(ticks),
            images.Count, phones.Count == 0 ? images.Count : images.Count / (double)phones.Count, urls.Count,
            options.CountCues ? cues / (double)members.Count : 0,
            new DateTimeOffset(first, TimeSpan.Zero), new DateTimeOffset(last, TimeSpan.Zero), spanDays);
    }

    /// <summary>Largest distance from the centroid of the members' places posted up to <paramref name="untilTicks"/>.</summary>
    private static double Radius(AdFacts facts, IReadOnlyList<int> members, long untilTicks)
    {
        double sumLat = 0, sumLon = 0;
        var n = 0;
        foreach (var i in members)
        {
            if (facts.Ticks[i] > untilTicks || double.IsNaN(facts.Lat[i])) continue;
            sumLat += facts.Lat[i];
            sumLon += facts.Lon[i];
            n++;
        }
        if (n < 2) return 0;
        var cLat = sumLat / n;
        var cLon = sumLon / n;
        var max = 0.0;
        foreach (var i in members)
        {
            if (facts.Ticks[i] > untilTicks || double.IsNaN(facts.Lat[i])) continue;
            max = Math.Max(max, CanadaGeography.DistanceKm(cLat, cLon, facts.Lat[i], facts.Lon[i]));
        }
        return max;
    }

    /// <summary>Shannon entropy in bits of a count distribution.</summary>
    internal static double Entropy(IEnumerable<int> counts)
    {
        var list = counts as ICollection<int> ?? counts.ToList();
        double total = list.Sum();
        if (total == 0) return 0;
        var h = 0.0;
        foreach (var c in list)
        {
            if (c == 0) continue;
            var p = c / total;
            h -= p * Math.Log2(p);
        }
        return Math.Max(0, h);
    }

    /// <summary>Goh and Barabási (EPL 2008) burstiness (σ−μ)/(σ+μ) of the gaps between sorted times; 0 with fewer than three.</summary>
    internal static double Burstiness(long[] sortedTicks)
    {
        if (sortedTicks.Length < 3) return 0;
        var gaps = sortedTicks.Length - 1;
        double mean = 0;
        for (var i = 1; i < sortedTicks.Length; i++) mean += sortedTicks[i] - sortedTicks[i - 1];
        mean /= gaps;
        double variance = 0;
        for (var i = 1; i < sortedTicks.Length; i++)
        {
            var d = sortedTicks[i] - sortedTicks[i - 1] - mean;
            variance += d * d;
        }
        var sigma = Math.Sqrt(variance / gaps);
        return sigma + mean == 0 ? 0 : (sigma - mean) / (sigma + mean);
    }
}
