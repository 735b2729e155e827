namespace Workbench.Anomalies;

/// <summary>Settings of the isolation forest (Liu, Ting and Zhou 2008): the paper's defaults.</summary>
public sealed record IsolationForestOptions
{
    /// <summary>Number of trees.</summary>
    public int Trees { get; init; } = 200;

    /// <summary>Rows drawn (without replacement) per tree.</summary>
    public int SampleSize { get; init; } = 256;

    /// <summary>Seed of every draw.</summary>
    public int Seed { get; init; } = 1;
}

/// <summary>
/// A seeded isolation forest: unusual rows are isolated by few random axis-aligned splits, so their mean path length is
/// short; score s = 2^(−E[h]/c(ψ)) in (0, 1), above about 0.6 for clear outliers. The features that drive a score are
/// those whose splits isolate the row: each split on a row's path credits its feature with log2(node size / size of the
/// side the row goes to), the bits of isolation it contributes (a split that cuts the row off alone earns most, one
/// that halves a crowd earns 1), summed over trees.
/// </summary>
public sealed class IsolationForest
{
    private readonly Node[][] _trees;
    private readonly int _psi;
    private readonly int _features;

    private IsolationForest(Node[][] trees, int psi, int features)
    {
        _trees = trees;
        _psi = psi;
        _features = features;
    }

    private readonly record struct Node(int Feature, double Split, int Left, int Right, int Size);

    /// <summary>Grows the forest on the rows (any scale: splits are drawn uniformly between each column's min and max).</summary>
    public static IsolationForest Fit(IReadOnlyList<double[]> rows, IsolationForestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        options ??= new IsolationForestOptions();
        if (rows.Count == 0) throw new ArgumentException("no rows", nameof(rows));
        if (options.Trees < 1 || options.SampleSize < 2) throw new ArgumentException("Trees must be ≥ 1 and SampleSize ≥ 2");
        var features = rows[0].Length;
        var psi = Math.Min(options.SampleSize, rows.Count);
        var maxDepth = (int)Math.Ceiling(Math.Log2(Math.Max(2, psi)));
        var trees = new Node[options.Trees][];
        Parallel.For(0, options.Trees, t =>
        {
            // Deterministic across processes (HashCode.Combine is randomized per process, which made the forest differ run to run).
            var random = new Random(unchecked((options.Seed * 1_000_003) + (t * 7_919) + 0x15F0));
            var sample = Enumerable.Range(0, rows.Count).ToArray();
            for (var i = 0; i < psi; i++)
            {
                var j = i + random.Next(rows.Count - i);
                (sample[i], sample[j]) = (sample[j], sample[i]);
            }
            var nodes = new List<Node>();
            Grow(rows, sample.AsSpan(0, psi).ToArray(), 0, maxDepth, features, random, nodes);
            trees[t] = [.. nodes];
        });
        return new IsolationForest(trees, psi, features);
    }

    private static int Grow(IReadOnlyList<double[]> rows, int[] members, int depth, int maxDepth, int features, Random random, List<Node> nodes)
    {
        var index = nodes.Count;
        nodes.Add(new Node(-1, 0, -1, -1, members.Length));
        if (depth >= maxDepth || members.Length <= 1) return index;
        // Features that still vary among the members; a split on a constant one isolates nothing.
        var candidates = new List<(int Feature, double Min, double Max)>();
        for (var f = 0; f < features; f++)
        {
            double min = double.MaxValue, max = double.MinValue;
            foreach (var m in members)
            {
                min = Math.Min(min, rows[m][f]);
                max = Math.Max(max, rows[m][f]);
            }
            if (max > min) candidates.Add((f, min, max));
        }
        if (candidates.Count == 0) return index;
        var (feature, lo, hi) = candidates[random.Next(candidates.Count)];
        var split = lo + (random.NextDouble() * (hi - lo));
        var left = members.Where(m => rows[m][feature] < split).ToArray();
        var right = members.Where(m => rows[m][feature] >= split).ToArray();
        var l = Grow(rows, left, depth + 1, maxDepth, features, random, nodes);
        var r = Grow(rows, right, depth + 1, maxDepth, features, random, nodes);
        nodes[index] = new Node(feature, split, l, r, members.Length);
        return index;
    }

    /// <summary>Average path length of an unsuccessful search in a binary search tree of n items, c(n).</summary>
    internal static double C(int n) => n <= 1 ? 0 : n == 2 ? 1 : (2 * (Math.Log(n - 1) + 0.5772156649)) - (2.0 * (n - 1) / n);

    /// <summary>Score of one row in (0, 1) and the per-feature credit of its paths (not normalized).</summary>
    public (double Score, double[] Credit) Score(double[] row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Length != _features) throw new ArgumentException($"{row.Length} values for {_features} features");
        var credit = new double[_features];
        var total = 0.0;
        foreach (var tree in _trees)
        {
            var node = 0;
            var depth = 0;
            while (tree[node].Feature >= 0)
            {
                var n = tree[node];
                var child = row[n.Feature] < n.Split ? n.Left : n.Right;
                credit[n.Feature] += Math.Log2((double)n.Size / Math.Max(1, tree[child].Size));
                node = child;
                depth++;
            }
            total += depth + C(tree[node].Size);
        }
        var mean = total / _trees.Length;
        return (Math.Pow(2, -mean / C(_psi)), credit);
    }

    /// <summary>Scores and ranks every row of a matrix (forest grown on the same rows), with driving features.</summary>
    public static IReadOnlyList<AnomalyScore> Rank(FeatureMatrix matrix, IsolationForestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        matrix.Validate();
        if (matrix.Rows.Count == 0) return [];
        var forest = Fit(matrix.Rows, options);
        var scored = new (double Score, double[] Credit)[matrix.Rows.Count];
        Parallel.For(0, scored.Length, i => scored[i] = forest.Score(matrix.Rows[i]));
        return AnomalyRanking.Rank(matrix, scored);
    }
}

internal static class AnomalyRanking
{
    public static IReadOnlyList<AnomalyScore> Rank(FeatureMatrix matrix, IReadOnlyList<(double Score, double[] Credit)> scored)
    {
        var order = Enumerable.Range(0, scored.Count)
            .OrderByDescending(i => scored[i].Score).ThenBy(i => matrix.Ids[i], StringComparer.Ordinal).ToArray();
        var result = new AnomalyScore[scored.Count];
        for (var rank = 0; rank < order.Length; rank++)
        {
            var i = order[rank];
            var credit = scored[i].Credit;
            var sum = credit.Sum();
            var shares = Enumerable.Range(0, credit.Length)
                .Select(j => (matrix.Names[j], sum > 0 ? credit[j] / sum : 1.0 / credit.Length))
                .OrderByDescending(c => c.Item2).ThenBy(c => c.Item1, StringComparer.Ordinal).ToArray();
            result[rank] = new AnomalyScore(matrix.Ids[i], scored[i].Score, rank + 1, shares);
        }
        return result;
    }
}
