using System.Globalization;

namespace Workbench.Prevalence;

/// <summary>
/// Multiple-systems estimation on ad data: each site (or each time window) is a "list", each phone-linked advertiser
/// (or each cluster) a unit, and the log-linear estimate of units on no list is the number of advertisers never seen
/// — under assumptions that ad data strain, which the result spells out next to the number.
/// </summary>
/// <remarks>Cost: linear in the number of ads to build the capture table; the estimate itself does not depend on it.</remarks>
public sealed class AdMseEstimator(AdMseOptions? options = null)
{
    /// <summary>The settings.</summary>
    public AdMseOptions Options { get; } = options ?? new();

    /// <summary>Builds the capture table and estimates; a non-identifiable model is reported as a refusal, not a number.</summary>
    public UnseenAdvertisers Fit(IEnumerable<AdActivity> ads, IClusterAssignment? clusters = null)
    {
        ArgumentNullException.ThrowIfNull(ads);
        Options.Validate();
        var (table, unit) = Table(ads, clusters);
        var assumptions = AssumptionsFor(Options.Lists, unit);
        try
        {
            var estimate = new MseEstimator(Options.Mse).Fit(table);
            return new UnseenAdvertisers(Options.Lists, unit, table, estimate, null, assumptions);
        }
        catch (NotIdentifiableException ex)
        {
            return new UnseenAdvertisers(Options.Lists, unit, table, null, ex.Message, assumptions);
        }
    }

    /// <summary>The capture table of the ads: one pattern per unit over the lists the options define.</summary>
    public (CaptureTable Table, string Unit) Table(IEnumerable<AdActivity> ads, IClusterAssignment? clusters = null)
    {
        ArgumentNullException.ThrowIfNull(ads);
        Options.Validate();
        var list = ads as IReadOnlyList<AdActivity> ?? ads.ToList();
        if (list.Count == 0) throw new ArgumentException("No ads to estimate from.", nameof(ads));
        var (listOfAd, names) = Options.Lists == AdListKind.Sites ? BySite(list) : ByWindow(list);
        if (names.Count < 2) throw new ArgumentException($"Multiple-systems estimation needs at least two lists; the ads give {names.Count} ({string.Join(", ", names)}).", nameof(ads));

        int[] unitOfAd;
        int unitCount;
        string unit;
        if (clusters is null)
        {
            var units = PhoneUnits.Build(list.Select(a => a.Phones).ToList());
            unitOfAd = units.UnitOfAd.Select((u, i) => units.HasPhone[u] ? u : -1).ToArray();
            unitCount = units.Count;
            unit = "phone-linked advertisers";
        }
        else
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            unitOfAd = new int[list.Count];
            for (var i = 0; i < list.Count; i++)
            {
                if (!clusters.TryGetCluster(list[i].AdId, out var id))
                {
                    unitOfAd[i] = -1;
                    continue;
                }
                if (!index.TryGetValue(id, out var u))
                {
                    u = index.Count;
                    index[id] = u;
                }
                unitOfAd[i] = u;
            }
            unitCount = index.Count;
            unit = clusters.Name;
        }
        var patterns = new int[unitCount];
        for (var i = 0; i < list.Count; i++)
        {
            if (unitOfAd[i] >= 0) patterns[unitOfAd[i]] |= 1 << listOfAd[i];
        }
        return (CaptureTable.FromPatterns(names, patterns), unit);
    }

    private (int[] ListOfAd, IReadOnlyList<string> Names) BySite(IReadOnlyList<AdActivity> ads)
    {
        var bySite = ads.GroupBy(a => a.Site ?? "(no site)", StringComparer.Ordinal)
            .Select(g => (Site: g.Key, Ads: g.Count()))
            .OrderByDescending(s => s.Ads).ThenBy(s => s.Site, StringComparer.Ordinal).ToList();
        var keep = bySite.Count <= Options.MaxLists ? bySite.Count : Options.MaxLists - 1;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        for (var i = 0; i < bySite.Count; i++)
        {
            if (i < keep)
            {
                index[bySite[i].Site] = i;
                names.Add(bySite[i].Site);
            }
            else index[bySite[i].Site] = keep;
        }
        if (keep < bySite.Count) names.Add("other sites");
        return (ads.Select(a => index[a.Site ?? "(no site)"]).ToArray(), names);
    }

    private (int[] ListOfAd, IReadOnlyList<string> Names) ByWindow(IReadOnlyList<AdActivity> ads)
    {
        var first = ads.Min(a => a.PostedAt);
        var last = ads.Max(a => a.PostedAt);
        var span = (last - first).Ticks + 1;
        var w = Options.Windows;
        var listOfAd = ads.Select(a => (int)Math.Min(w - 1, (a.PostedAt - first).Ticks * (double)w / span)).ToArray();
        var names = Enumerable.Range(0, w).Select(i =>
            "W" + (i + 1).ToString(CultureInfo.InvariantCulture) + ":" + first.AddTicks(span * i / w).ToString("MM-dd", CultureInfo.InvariantCulture)).ToList();
        return (listOfAd, names);
    }

    /// <summary>The assumptions behind an estimate of units never seen, for lists of the given kind.</summary>
    public static IReadOnlyList<string> AssumptionsFor(AdListKind lists, string unit) => lists switch
    {
        AdListKind.Sites =>
        [
            "closed population: the same " + unit + " could have posted on every site throughout the period",
            "one unit is one advertiser: phones shared by several advertisers merge them, rotated phones split one into several",
            "site choice and cross-posting are captured by the pairwise terms; advertisers who post often are on more sites, and that unmodelled heterogeneity biases the estimate",
            "'never seen' means never seen on these sites in this period, not absent from the market",
        ],
        _ =>
        [
            "closed population across the windows: advertisers who start or stop inside the period break it, and the estimate then mixes turnover with the unseen",
            "one unit is one advertiser: phones shared by several advertisers merge them, rotated phones split one into several",
            "posting in one window predicts posting in the next: the pairwise terms carry that dependence only in part",
            "'never seen' means never seen in any window, not absent from the market",
        ],
    };
}
