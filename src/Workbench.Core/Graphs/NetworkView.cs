using System.Globalization;

namespace Workbench.Graphs;

/// <summary>One node of a <see cref="NetworkView"/>: an ad or a token, placed on the unit square.</summary>
/// <param name="Kind"><c>ad</c>, a token kind in lower case (<c>phone</c>, <c>email</c>, <c>handle</c>, <c>url</c>,
/// <c>image</c>, <c>microcluster</c>), or <c>suppressed</c> for a hub or stock image that does not link ads.</param>
/// <param name="Label">What a reader sees on hover: the ad id, or the token's kind and the start of its pseudonym.</param>
/// <param name="X">Horizontal position in [0, 1].</param>
/// <param name="Y">Vertical position in [0, 1].</param>
/// <param name="Degree">Edges of the node inside the view.</param>
public sealed record NetworkNode(string Kind, string Label, double X, double Y, int Degree);

/// <summary>An ad–token edge of a <see cref="NetworkView"/>, as indices into <see cref="NetworkView.Nodes"/>.</summary>
/// <param name="From">The ad node.</param>
/// <param name="To">The token node.</param>
public sealed record NetworkEdge(int From, int To);

/// <summary>Settings of <see cref="NetworkView.Of"/>.</summary>
public sealed record NetworkViewOptions
{
    /// <summary>
    /// Most ads drawn (150). A bigger group is cut to the ads nearest (in hops) its best-connected ad, and the view
    /// says how many were left out: past a few hundred nodes a drawing stops being readable evidence.
    /// </summary>
    public int MaxAds { get; init; } = 150;

    /// <summary>Seed of the layout's starting positions: the same seed draws the same picture.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Force-directed layout iterations (300).</summary>
    public int Iterations { get; init; } = 300;

    /// <summary>
    /// Draw tokens of the hub rule's suppressed kinds (hubs, stock images) in grey (true), so that a reader sees which
    /// shared tokens were deliberately not used as links.
    /// </summary>
    public bool ShowSuppressed { get; init; } = true;

    /// <summary>Throws when a setting is out of range.</summary>
    public void Validate()
    {
        if (MaxAds < 1) throw new ArgumentOutOfRangeException(nameof(MaxAds), MaxAds, "draw at least one ad");
        if (Iterations < 0) throw new ArgumentOutOfRangeException(nameof(Iterations), Iterations, "iterations cannot be negative");
    }
}

/// <summary>
/// A drawable piece of the entity graph: the ads of one group (a meta-cluster, component or community), the tokens
/// that tie them, and positions from a seeded force-directed layout (Fruchterman–Reingold). Contact tokens (phone,
/// e-mail, handle) are always drawn, because they are the evidence a reviewer reads; pictures, URLs and micro-cluster
/// tokens only when two or more of the drawn ads share them, since a token on one ad adds ink but no link. Labels
/// carry pseudonyms only, never raw contact details.
/// </summary>
/// <param name="Nodes">Ads first, then tokens.</param>
/// <param name="Edges">Ad–token edges among the nodes.</param>
/// <param name="AdsLeftOut">Ads of the group not drawn because of <see cref="NetworkViewOptions.MaxAds"/>.</param>
public sealed record NetworkView(IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges, int AdsLeftOut)
{
    /// <summary>Ads drawn.</summary>
    public int Ads => Nodes.Count(n => n.Kind == "ad");

    /// <summary>Lays out the ads <paramref name="ads"/> (graph indices) of one group with their tokens.</summary>
    public static NetworkView Of(EntityGraph graph, IEnumerable<int> ads, NetworkViewOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(ads);
        options ??= new();
        options.Validate();
        var group = ads.Distinct().Order().ToList();
        foreach (var a in group)
        {
            if (a < 0 || a >= graph.AdCount) throw new ArgumentOutOfRangeException(nameof(ads), a, $"the graph has {graph.AdCount:N0} ads");
        }
        var drawn = group.Count <= options.MaxAds ? group : Nearest(graph, group, options.MaxAds);
        var inView = drawn.ToHashSet();

        var nodes = new List<(string Kind, string Label)>();
        var edges = new List<NetworkEdge>();
        foreach (var a in drawn) nodes.Add(("ad", graph.AdIds[a]));
        var tokenNode = new Dictionary<int, int>();
        var sharedIn = new Dictionary<int, int>();
        foreach (var a in drawn)
        {
            foreach (var t in graph.TokensOf(a)) sharedIn[t] = sharedIn.GetValueOrDefault(t) + 1;
        }
        for (var i = 0; i < drawn.Count; i++)
        {
            foreach (var t in graph.TokensOf(drawn[i]))
            {
                var linking = graph.Links(t);
                if (!linking && !options.ShowSuppressed) continue;
                var contact = graph.Kinds[t] is TokenKind.Phone or TokenKind.Email or TokenKind.Handle;
                if (!contact && sharedIn[t] < 2) continue;
                if (!tokenNode.TryGetValue(t, out var node))
                {
                    tokenNode[t] = node = nodes.Count;
                    nodes.Add((linking ? Kind(graph.Kinds[t]) : "suppressed", Label(graph, t, sharedIn[t])));
                }
                edges.Add(new NetworkEdge(i, node));
            }
        }
        var positions = Layout(nodes.Count, edges, options);
        var degree = new int[nodes.Count];
        foreach (var e in edges)
        {
            degree[e.From]++;
            degree[e.To]++;
        }
        return new NetworkView(
            [.. nodes.Select((n, i) => new NetworkNode(n.Kind, n.Label, positions[i].X, positions[i].Y, degree[i]))],
            edges,
            group.Count - drawn.Count);
    }

    /// <summary>The token kinds as node kinds, in lower case.</summary>
    public static string Kind(TokenKind kind) => kind.ToString().ToLowerInvariant();

    private static string Label(EntityGraph graph, int token, int adsInView)
    {
        var text = graph.Tokens[token];
        // Contact tokens are shown only as pseudonyms: a graph built from raw ads (in memory) must not put a raw phone
        // on a chart.
        var contact = graph.Kinds[token] is TokenKind.Phone or TokenKind.Email or TokenKind.Handle or TokenKind.Url;
        var shown = contact && !Data.ContactKinds.IsToken(text) ? "(not pseudonymized, hidden)"
            : text.Length > 19 ? text[..19] + "…" : text;
        var suffix = graph.Links(token) ? "" : $" ({graph.Suppression[token]}, not a link)";
        return string.Create(CultureInfo.InvariantCulture, $"{Kind(graph.Kinds[token])} {shown}: {adsInView} ads here, {graph.AdsOf(token).Length} in all{suffix}");
    }

    /// <summary>The <paramref name="max"/> ads of the group closest in hops (over linking tokens) to its best-connected ad.</summary>
    private static List<int> Nearest(EntityGraph graph, List<int> group, int max)
    {
        var member = group.ToHashSet();
        var start = group.OrderByDescending(a => Linking(graph, a)).ThenBy(a => a).First();
        var seen = new HashSet<int> { start };
        var order = new List<int> { start };
        for (var head = 0; head < order.Count && order.Count < max; head++)
        {
            foreach (var t in graph.TokensOf(order[head]))
            {
                if (!graph.Links(t)) continue;
                foreach (var b in graph.AdsOf(t))
                {
                    if (member.Contains(b) && seen.Add(b))
                    {
                        order.Add(b);
                        if (order.Count == max) break;
                    }
                }
                if (order.Count == max) break;
            }
        }
        // Unconnected remainders (a group need not be one component) fill up in id order.
        foreach (var a in group)
        {
            if (order.Count >= max) break;
            if (seen.Add(a)) order.Add(a);
        }
        order.Sort();
        return order;
    }

    private static int Linking(EntityGraph graph, int ad)
    {
        var n = 0;
        foreach (var t in graph.TokensOf(ad)) n += graph.Links(t) ? graph.AdsOf(t).Length : 0;
        return n;
    }

    /// <summary>Fruchterman–Reingold with seeded starts, linear cooling and a weak pull to the centre (so parts that
    /// share no drawn token stay on the canvas), scaled to the unit square.</summary>
    internal static (double X, double Y)[] Layout(int n, IReadOnlyList<NetworkEdge> edges, NetworkViewOptions options)
    {
        var x = new double[n];
        var y = new double[n];
        var random = new Random(options.Seed);
        for (var i = 0; i < n; i++)
        {
            x[i] = random.NextDouble() * 2 - 1;
            y[i] = random.NextDouble() * 2 - 1;
        }
        var k = n == 0 ? 1 : 2.0 / Math.Sqrt(n);
        var dx = new double[n];
        var dy = new double[n];
        for (var iteration = 0; iteration < options.Iterations; iteration++)
        {
            var temperature = 0.2 * (1 - (double)iteration / options.Iterations) + 0.002;
            Array.Clear(dx);
            Array.Clear(dy);
            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; j < n; j++)
                {
                    var ex = x[i] - x[j];
                    var ey = y[i] - y[j];
                    var d2 = Math.Max(ex * ex + ey * ey, 1e-9);
                    var f = k * k / d2; // (k²/d) along the unit vector (e/d)
                    dx[i] += ex * f;
                    dy[i] += ey * f;
                    dx[j] -= ex * f;
                    dy[j] -= ey * f;
                }
            }
            foreach (var e in edges)
            {
                var ex = x[e.From] - x[e.To];
                var ey = y[e.From] - y[e.To];
                var d = Math.Sqrt(ex * ex + ey * ey);
                var f = d / k; // (d²/k) along the unit vector
                dx[e.From] -= ex * f;
                dy[e.From] -= ey * f;
                dx[e.To] += ex * f;
                dy[e.To] += ey * f;
            }
            for (var i = 0; i < n; i++)
            {
                dx[i] -= 0.05 * x[i] / k;
                dy[i] -= 0.05 * y[i] / k;
                var length = Math.Sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (length < 1e-12) continue;
                var step = Math.Min(length, temperature);
                x[i] += dx[i] / length * step;
                y[i] += dy[i] / length * step;
            }
        }
        return Scale(x, y);
    }

    private static (double X, double Y)[] Scale(double[] x, double[] y)
    {
        var result = new (double, double)[x.Length];
        if (x.Length == 0) return result;
        double minX = x.Min(), maxX = x.Max(), minY = y.Min(), maxY = y.Max();
        var span = Math.Max(Math.Max(maxX - minX, maxY - minY), 1e-9);
        for (var i = 0; i < x.Length; i++)
        {
            result[i] = (x.Length == 1 ? 0.5 : (x[i] - minX) / span, x.Length == 1 ? 0.5 : (y[i] - minY) / span);
        }
        return result;
    }
}
