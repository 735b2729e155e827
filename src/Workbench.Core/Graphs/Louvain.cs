namespace Workbench.Graphs;

/// <summary>
/// Louvain community detection (Blondel, Guillaume, Lambiotte and Lefebvre, "Fast unfolding of communities in large
/// networks", J. Stat. Mech. 2008) over an undirected weighted graph in CSR form: local moving in a seeded random node
/// order, then aggregation, until modularity stops rising. QuikGraph has no Louvain; this works on arrays so that
/// millions of edges fit.
/// </summary>
public static class Louvain
{
    /// <summary>
    /// Communities (dense labels 0.., numbered by first node) and the modularity of that partition. Each undirected edge
    /// must appear in both endpoints' lists; a self-loop once, in its node's list.
    /// </summary>
    /// <param name="start">Row starts, one more than nodes.</param>
    /// <param name="neighbours">Neighbour of each entry.</param>
    /// <param name="weights">Weight of each entry (null: all 1).</param>
    /// <param name="seed">Seed of the node order.</param>
    /// <param name="maxLevels">Most aggregation levels.</param>
    public static (int[] Community, int Count, double Modularity) Run(int[] start, int[] neighbours, double[]? weights, int seed, int maxLevels = 20)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(neighbours);
        var n0 = start.Length - 1;
        weights ??= Enumerable.Repeat(1.0, neighbours.Length).ToArray();
        var membership = new int[n0];
        for (var i = 0; i < n0; i++) membership[i] = i;
        var (s, adj, w) = (start, neighbours, weights);
        var random = new Random(seed);
        for (var level = 0; level < maxLevels; level++)
        {
            var n = s.Length - 1;
            var (community, moved) = OneLevel(s, adj, w, random);
            var count = Renumber(community);
            for (var i = 0; i < n0; i++) membership[i] = community[membership[i]];
            if (!moved || count == n) break;
            (s, adj, w) = Aggregate(s, adj, w, community, count);
        }
        var total = Renumber(membership);
        return (membership, total, Modularity(start, neighbours, weights, membership));
    }

    /// <summary>Newman–Girvan modularity of a partition of a CSR graph.</summary>
    public static double Modularity(int[] start, int[] neighbours, double[]? weights, int[] community)
    {
        var n = start.Length - 1;
        var m2 = 0.0;
        var internalW = new Dictionary<int, double>();
        var degree = new double[community.Max() + 1];
        for (var i = 0; i < n; i++)
        {
            for (var e = start[i]; e < start[i + 1]; e++)
            {
                var we = weights?[e] ?? 1.0;
                // A self-loop is listed once but counts twice in the degree.
                var contribution = neighbours[e] == i ? 2 * we : we;
                m2 += contribution;
                degree[community[i]] += contribution;
                if (community[neighbours[e]] == community[i]) internalW[community[i]] = internalW.GetValueOrDefault(community[i]) + contribution;
            }
        }
        if (m2 == 0) return 0;
        var q = 0.0;
        for (var c = 0; c < degree.Length; c++) q += (internalW.GetValueOrDefault(c) / m2) - ((degree[c] / m2) * (degree[c] / m2));
        return q;
    }

    private static (int[] Community, bool Moved) OneLevel(int[] s, int[] adj, double[] w, Random random)
    {
        var n = s.Length - 1;
        var k = new double[n];
        var self = new double[n];
        var m2 = 0.0;
        for (var i = 0; i < n; i++)
        {
            for (var e = s[i]; e < s[i + 1]; e++)
            {
                var c = adj[e] == i ? 2 * w[e] : w[e];
                k[i] += c;
                if (adj[e] == i) self[i] += w[e];
            }
            m2 += k[i];
        }
        var community = new int[n];
        var tot = new double[n];
        for (var i = 0; i < n; i++)
        {
            community[i] = i;
            tot[i] = k[i];
        }
        if (m2 == 0) return (community, false);
        var order = new int[n];
        for (var i = 0; i < n; i++) order[i] = i;
        random.Shuffle(order);
        var linkTo = new double[n];
        Array.Fill(linkTo, -1);
        var touched = new List<int>();
        var movedAny = false;
        for (var pass = 0; pass < 50; pass++)
        {
            var moves = 0;
            foreach (var i in order)
            {
                var own = community[i];
                touched.Clear();
                linkTo[own] = 0;
                touched.Add(own);
                for (var e = s[i]; e < s[i + 1]; e++)
                {
                    var j = adj[e];
                    if (j == i) continue;
                    var c = community[j];
                    if (linkTo[c] < 0) { linkTo[c] = 0; touched.Add(c); }
                    linkTo[c] += w[e];
                }
                tot[own] -= k[i];
                var best = own;
                var bestGain = linkTo[own] - (tot[own] * k[i] / m2);
                foreach (var c in touched)
                {
                    var gain = linkTo[c] - (tot[c] * k[i] / m2);
                    if (gain > bestGain + 1e-12) { bestGain = gain; best = c; }
                }
                tot[best] += k[i];
                community[i] = best;
                if (best != own) moves++;
                foreach (var c in touched) linkTo[c] = -1;
            }
            if (moves == 0) break;
            movedAny = true;
        }
        return (community, movedAny);
    }

    private static int Renumber(int[] labels)
    {
        var map = new Dictionary<int, int>();
        for (var i = 0; i < labels.Length; i++)
        {
            if (!map.TryGetValue(labels[i], out var id)) map[labels[i]] = id = map.Count;
            labels[i] = id;
        }
        return map.Count;
    }

    private static (int[] Start, int[] Adj, double[] W) Aggregate(int[] s, int[] adj, double[] w, int[] community, int count)
    {
        var n = s.Length - 1;
        // Nodes of each community (counting sort).
        var cs = new int[count + 1];
        foreach (var c in community) cs[c + 1]++;
        for (var c = 0; c < count; c++) cs[c + 1] += cs[c];
        var fill = (int[])cs.Clone();
        var nodes = new int[n];
        for (var i = 0; i < n; i++) nodes[fill[community[i]]++] = i;

        var start = new int[count + 1];
        var outAdj = new List<int>(adj.Length / 2);
        var outW = new List<double>(adj.Length / 2);
        var acc = new double[count];
        var seen = new bool[count];
        var touched = new List<int>();
        for (var c = 0; c < count; c++)
        {
            touched.Clear();
            for (var x = cs[c]; x < cs[c + 1]; x++)
            {
                var i = nodes[x];
                for (var e = s[i]; e < s[i + 1]; e++)
                {
                    var d = community[adj[e]];
                    if (!seen[d]) { seen[d] = true; touched.Add(d); }
                    // Internal edges appear from both ends (self-loops once): halve the pair to keep the self-loop weight.
                    acc[d] += d == c && adj[e] != i ? w[e] / 2 : w[e];
                }
            }
            touched.Sort();
            foreach (var d in touched)
            {
                outAdj.Add(d);
                outW.Add(acc[d]);
                acc[d] = 0;
                seen[d] = false;
            }
            start[c + 1] = outAdj.Count;
        }
        return (start, [.. outAdj], [.. outW]);
    }
}
