namespace Workbench.Clustering;

/// <summary>
/// Links micro-clusters, and ads in none, that share a contact token or an image hash: connected components by
/// union-find over the tokens, leaving out hub tokens and stock images by the rule of <see cref="Workbench.Graphs.HubOptions"/>
/// (the same rule the entity graph applies), which are reported instead.
/// </summary>
internal static class MetaLinker
{
    /// <summary>Meta-cluster of every ad (−1 for none), the meta-clusters, and the hubs.</summary>
    public static (int[] AdMeta, int[] ClusterMeta, List<MetaCluster> Metas, List<HubToken> Hubs) Link(
        ClusterCorpus corpus, int[] adCluster, int clusterCount, MetaClusterOptions options)
    {
        var ads = corpus.AdCount;
        // Units: micro-clusters 0..C-1, then each unclustered ad.
        var unitOfAd = new int[ads];
        var units = clusterCount;
        for (var a = 0; a < ads; a++) unitOfAd[a] = adCluster[a] >= 0 ? adCluster[a] : units++;

        // One rule for "tokens link, hubs and stock images do not", shared with the entity graph.
        var tokenCount = corpus.LinkTokens.Count;
        var (reason, tokenAds, tokenUnits, _) = Workbench.Graphs.HubRule.Apply(
            ads, [.. corpus.LinkStart], [.. corpus.Links], tokenCount, t => (Workbench.Graphs.TokenKind)corpus.LinkTokens[t].Kind,
            unitOfAd, units, options.ToHubOptions());
        var isHub = new bool[tokenCount];
        var skip = new bool[tokenCount];
        var hubs = new List<int>();
        for (var t = 0; t < tokenCount; t++)
        {
            skip[t] = reason[t] != Workbench.Graphs.SuppressionReason.None;
            if (skip[t] && reason[t] != Workbench.Graphs.SuppressionReason.KindOff)
            {
                isHub[t] = true;
                hubs.Add(t);
            }
        }

        var sets = new Workbench.Collections.DisjointSets(units);
        var firstUnit = new int[tokenAds.Length];
        Array.Fill(firstUnit, -1);
        for (var a = 0; a < ads; a++)
        {
            for (var i = corpus.LinkStart[a]; i < corpus.LinkStart[a + 1]; i++)
            {
                var t = corpus.Links[i];
                if (skip[t]) continue;
                if (firstUnit[t] < 0) firstUnit[t] = unitOfAd[a];
                else sets.Union(firstUnit[t], unitOfAd[a]);
            }
        }

        // Components of two or more units are meta-clusters; number them by ads, most first.
        var root = new int[units];
        var unitsIn = new Dictionary<int, int>();
        var adsIn = new Dictionary<int, int>();
        for (var u = 0; u < units; u++)
        {
            root[u] = sets.Find(u);
            unitsIn[root[u]] = unitsIn.GetValueOrDefault(root[u]) + 1;
        }
        for (var a = 0; a < ads; a++)
        {
            var r = root[unitOfAd[a]];
            adsIn[r] = adsIn.GetValueOrDefault(r) + 1;
        }
        var firstOfRoot = new Dictionary<int, int>();
        for (var u = 0; u < units; u++) firstOfRoot.TryAdd(root[u], u);
        var metaRoots = unitsIn.Where(kv => kv.Value >= 2).Select(kv => kv.Key)
            .OrderByDescending(r => adsIn[r]).ThenBy(r => firstOfRoot[r]).ToList();
        var metaOfRoot = new Dictionary<int, int>();
        for (var i = 0; i < metaRoots.Count; i++) metaOfRoot[metaRoots[i]] = i;

        var adMeta = new int[ads];
        var unclustered = new int[metaRoots.Count];
        for (var a = 0; a < ads; a++)
        {
            adMeta[a] = metaOfRoot.TryGetValue(root[unitOfAd[a]], out var m) ? m : -1;
            if (adMeta[a] >= 0 && adCluster[a] < 0) unclustered[adMeta[a]]++;
        }
        var clusterMeta = new int[clusterCount];
        var micro = new List<int>[metaRoots.Count];
        for (var i = 0; i < micro.Length; i++) micro[i] = [];
        for (var c = 0; c < clusterCount; c++)
        {
            clusterMeta[c] = metaOfRoot.TryGetValue(root[c], out var m) ? m : -1;
            if (clusterMeta[c] >= 0) micro[clusterMeta[c]].Add(c);
        }

        var kinds = new int[metaRoots.Count, 5];
        for (var t = 0; t < tokenAds.Length; t++)
        {
            if (firstUnit[t] < 0) continue;
            if (metaOfRoot.TryGetValue(root[firstUnit[t]], out var m)) kinds[m, (int)corpus.LinkTokens[t].Kind]++;
        }
        var metas = new List<MetaCluster>(metaRoots.Count);
        for (var i = 0; i < metaRoots.Count; i++)
        {
            metas.Add(new MetaCluster(i, micro[i], adsIn[metaRoots[i]], unclustered[i],
                kinds[i, (int)LinkKind.Phone], kinds[i, (int)LinkKind.Email], kinds[i, (int)LinkKind.Handle],
                kinds[i, (int)LinkKind.Image], kinds[i, (int)LinkKind.Url]));
        }
        var hubList = hubs
            .Select(t => new HubToken(corpus.LinkTokens[t].Kind, corpus.LinkTokens[t].Token, tokenAds[t], tokenUnits[t]))
            .OrderByDescending(h => h.Ads).ThenBy(h => h.Token, StringComparer.Ordinal).ToList();
        return (adMeta, clusterMeta, metas, hubList);
    }
}
