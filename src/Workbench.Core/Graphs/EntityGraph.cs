using Workbench.Collections;
using Workbench.Data;

namespace Workbench.Graphs;

/// <summary>
/// The bipartite graph of ads and the tokens they carry (phones, e-mails, handles, URLs, image hashes) plus
/// micro-cluster membership, in compressed sparse rows both ways: a few int arrays, no object per edge, so a million
/// ads with five million edges fit in well under a gigabyte. Hub and stock-image tokens are flagged by
/// <see cref="HubOptions"/> and never link; components and communities are over the linking tokens only.
/// </summary>
public sealed class EntityGraph
{
    private readonly int[] _adStart;
    private readonly int[] _adTokens;
    private readonly int[] _tokenStart;
    private readonly int[] _tokenAds;
    private readonly int[] _tokenUnits;
    private readonly int[] _tokenIdentities;

    private EntityGraph(string[] adIds, string[] tokens, TokenKind[] kinds, int[] adStart, int[] adTokens, int[] unitOfAd, int unitCount, HubOptions options)
    {
        AdIds = adIds;
        Tokens = tokens;
        Kinds = kinds;
        _adStart = adStart;
        _adTokens = adTokens;
        Options = options;
        (Suppression, _, _tokenUnits, _tokenIdentities) = HubRule.Apply(adIds.Length, adStart, adTokens, tokens.Length, t => kinds[t], unitOfAd, unitCount, options);
        (_tokenStart, _tokenAds) = HubRule.Transpose(adIds.Length, adStart, adTokens, tokens.Length);
    }

    /// <summary>Ad ids, in input order; ad node i is <c>AdIds[i]</c>.</summary>
    public IReadOnlyList<string> AdIds { get; }

    /// <summary>Token text per token node (pseudonymous token, image hash, or micro-cluster number).</summary>
    public IReadOnlyList<string> Tokens { get; }

    /// <summary>Kind per token node.</summary>
    public IReadOnlyList<TokenKind> Kinds { get; }

    /// <summary>Why each token does not link (<see cref="SuppressionReason.None"/> when it does).</summary>
    public IReadOnlyList<SuppressionReason> Suppression { get; }

    /// <summary>The linking rule used.</summary>
    public HubOptions Options { get; }

    /// <summary>Ad nodes.</summary>
    public int AdCount => AdIds.Count;

    /// <summary>Token nodes.</summary>
    public int TokenCount => Tokens.Count;

    /// <summary>Ad–token edges.</summary>
    public long EdgeCount => _adTokens.Length;

    /// <summary>Token nodes of an ad.</summary>
    public ReadOnlySpan<int> TokensOf(int ad) => _adTokens.AsSpan(_adStart[ad], _adStart[ad + 1] - _adStart[ad]);

    /// <summary>Ad nodes of a token, ascending.</summary>
    public ReadOnlySpan<int> AdsOf(int token) => _tokenAds.AsSpan(_tokenStart[token], _tokenStart[token + 1] - _tokenStart[token]);

    /// <summary>Whether a token links ads.</summary>
    public bool Links(int token) => Suppression[token] == SuppressionReason.None;

    /// <summary>
    /// Builds the graph from pseudonymized ads, read once.
    /// </summary>
    /// <param name="ads">The ads.</param>
    /// <param name="microClusterOfAd">Micro-cluster per ad in the same order (−1 for none), or null to leave membership out.</param>
    /// <param name="options">Linking rule (null: defaults).</param>
    /// <exception cref="ArgumentException">An ad id is empty or repeated, or the labels do not match the ads.</exception>
    public static EntityGraph Build(IEnumerable<Ad> ads, IReadOnlyList<int>? microClusterOfAd = null, HubOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ads);
        options ??= new();
        options.Validate();
        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var tokenIds = new Dictionary<(TokenKind, string), int>();
        var tokens = new List<string>();
        var kinds = new List<TokenKind>();
        var adStart = new List<int> { 0 };
        var adTokens = new List<int>();
        var clusterToken = new Dictionary<int, int>();
        void Add(TokenKind kind, string token, int rowStart)
        {
            if (string.IsNullOrEmpty(token)) return;
            if (!tokenIds.TryGetValue((kind, token), out var id))
            {
                id = tokens.Count;
                tokenIds[(kind, token)] = id;
                tokens.Add(token);
                kinds.Add(kind);
            }
            for (var i = rowStart; i < adTokens.Count; i++)
            {
                if (adTokens[i] == id) return;
            }
            adTokens.Add(id);
        }
        foreach (var ad in ads)
        {
            if (string.IsNullOrEmpty(ad.AdId)) throw new ArgumentException($"ad {ids.Count + 1}: ad_id is empty; every ad needs an id.", nameof(ads));
            if (!seen.Add(ad.AdId)) throw new ArgumentException($"ad_id '{ad.AdId}' occurs twice; ad ids must be unique.", nameof(ads));
            var rowStart = adTokens.Count;
            foreach (var t in ad.Phones) Add(TokenKind.Phone, t, rowStart);
            foreach (var t in ad.Emails) Add(TokenKind.Email, t, rowStart);
            foreach (var t in ad.Handles) Add(TokenKind.Handle, t, rowStart);
            foreach (var t in ad.Urls) Add(TokenKind.Url, t, rowStart);
            foreach (var t in ad.ImageHashes) Add(TokenKind.Image, t, rowStart);
            if (microClusterOfAd is not null)
            {
                if (ids.Count >= microClusterOfAd.Count) throw new ArgumentException($"more ads than micro-cluster labels ({microClusterOfAd.Count:N0}).", nameof(microClusterOfAd));
                var c = microClusterOfAd[ids.Count];
                if (c >= 0)
                {
                    if (!clusterToken.TryGetValue(c, out var id))
                    {
                        clusterToken[c] = id = tokens.Count;
                        tokens.Add(c.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        kinds.Add(TokenKind.MicroCluster);
                    }
                    adTokens.Add(id);
                }
            }
            ids.Add(ad.AdId);
            adStart.Add(adTokens.Count);
        }
        if (microClusterOfAd is not null && microClusterOfAd.Count != ids.Count)
        {
            throw new ArgumentException($"{ids.Count:N0} ads but {microClusterOfAd.Count:N0} micro-cluster labels.", nameof(microClusterOfAd));
        }

        // Units: each micro-cluster, then each ad in none.
        var unitOfAd = new int[ids.Count];
        var units = clusterToken.Count == 0 ? 0 : clusterToken.Keys.Max() + 1;
        for (var a = 0; a < ids.Count; a++) unitOfAd[a] = microClusterOfAd is not null && microClusterOfAd[a] >= 0 ? microClusterOfAd[a] : units++;
        return new EntityGraph([.. ids], [.. tokens], [.. kinds], [.. adStart], [.. adTokens], unitOfAd, units, options);
    }

    /// <summary>
    /// Connected components of ads through linking tokens: a label per ad, numbered by size (0 the largest; ties by first
    /// ad), and the number of components (singletons included).
    /// </summary>
    public (int[] ComponentOfAd, int Count) Components()
    {
        var sets = new DisjointSets(AdCount);
        for (var t = 0; t < TokenCount; t++)
        {
            if (!Links(t)) continue;
            var ads = AdsOf(t);
            for (var i = 1; i < ads.Length; i++) sets.Union(ads[0], ads[i]);
        }
        var labels = sets.Labels(out var count);
        return (BySize(labels, count), count);
    }

    /// <summary>
    /// Louvain communities of the bipartite graph of ads and linking tokens (tokens on one ad add nothing and are left
    /// out), seeded; a label per ad numbered by size, the count, and the modularity of the bipartite partition.
    /// </summary>
    public (int[] CommunityOfAd, int Count, double Modularity) Communities(int seed)
    {
        // Nodes: ads 0..A-1, then linking tokens on 2+ ads.
        var node = new int[TokenCount];
        var nodes = AdCount;
        for (var t = 0; t < TokenCount; t++) node[t] = Links(t) && _tokenStart[t + 1] - _tokenStart[t] >= 2 ? nodes++ : -1;
        var degree = new int[nodes];
        long edges = 0;
        for (var t = 0; t < TokenCount; t++)
        {
            if (node[t] < 0) continue;
            foreach (var a in AdsOf(t)) degree[a]++;
            degree[node[t]] = _tokenStart[t + 1] - _tokenStart[t];
            edges += degree[node[t]];
        }
        var start = new int[nodes + 1];
        for (var i = 0; i < nodes; i++) start[i + 1] = start[i] + degree[i];
        var adj = new int[2 * edges];
        var fill = (int[])start[..^1].Clone();
        for (var t = 0; t < TokenCount; t++)
        {
            if (node[t] < 0) continue;
            foreach (var a in AdsOf(t))
            {
                adj[fill[a]++] = node[t];
                adj[fill[node[t]]++] = a;
            }
        }
        var (community, _, modularity) = Louvain.Run(start, adj, null, seed);
        var adLabels = new int[AdCount];
        var dense = new Dictionary<int, int>();
        for (var a = 0; a < AdCount; a++)
        {
            if (!dense.TryGetValue(community[a], out var d)) dense[community[a]] = d = dense.Count;
            adLabels[a] = d;
        }
        return (BySize(adLabels, dense.Count), dense.Count, modularity);
    }

    /// <summary>Tokens that do not link because of a bound (kinds switched off are not listed), most ads first.</summary>
    public IReadOnlyList<SuppressedToken> SuppressedTokens() =>
        Enumerable.Range(0, TokenCount)
            .Where(t => Suppression[t] is not (SuppressionReason.None or SuppressionReason.KindOff))
            .Select(t => new SuppressedToken(Kinds[t], Tokens[t], _tokenStart[t + 1] - _tokenStart[t], _tokenUnits[t], _tokenIdentities[t], Suppression[t]))
            .OrderByDescending(s => s.Ads).ThenBy(s => s.Token, StringComparer.Ordinal).ToList();

    /// <summary>Degree statistics per token kind present.</summary>
    public IReadOnlyList<DegreeStatistics> Degrees()
    {
        var rows = new List<DegreeStatistics>();
        foreach (var kind in Enum.GetValues<TokenKind>())
        {
            var degrees = Enumerable.Range(0, TokenCount).Where(t => Kinds[t] == kind).Select(t => _tokenStart[t + 1] - _tokenStart[t]).ToArray();
            if (degrees.Length == 0) continue;
            Array.Sort(degrees);
            long edges = 0;
            foreach (var d in degrees) edges += d;
            var suppressed = Enumerable.Range(0, TokenCount).Count(t => Kinds[t] == kind && Suppression[t] is not (SuppressionReason.None or SuppressionReason.KindOff));
            rows.Add(new DegreeStatistics(kind, degrees.Length, edges, degrees.Count(d => d >= 2), edges / (double)degrees.Length,
                degrees[Math.Min(degrees.Length - 1, (int)Math.Ceiling(0.99 * degrees.Length) - 1)], degrees[^1], suppressed));
        }
        return rows;
    }

    /// <summary>Relabels so that 0 is the largest group (ties by first member).</summary>
    internal static int[] BySize(int[] labels, int count)
    {
        var size = new int[count];
        var first = new int[count];
        Array.Fill(first, int.MaxValue);
        for (var i = 0; i < labels.Length; i++)
        {
            size[labels[i]]++;
            first[labels[i]] = Math.Min(first[labels[i]], i);
        }
        var order = Enumerable.Range(0, count).OrderByDescending(c => size[c]).ThenBy(c => first[c]).ToArray();
        var rank = new int[count];
        for (var r = 0; r < count; r++) rank[order[r]] = r;
        var result = new int[labels.Length];
        for (var i = 0; i < labels.Length; i++) result[i] = rank[labels[i]];
        return result;
    }
}
