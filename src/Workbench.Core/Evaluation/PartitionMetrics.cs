namespace Workbench.Evaluation;

/// <summary>
/// Pair-counting comparison of two partitions (Rand 1971; adjusted for chance by Hubert and Arabie, "Comparing
/// partitions", J. Classification 1985). Labels are any integers; a negative label means "in no cluster" and makes the
/// item a cluster of its own.
/// </summary>
public static class PartitionMetrics
{
    /// <summary>Scores <paramref name="predicted"/> against <paramref name="truth"/> (same length, same items in the same order).</summary>
    public static PartitionScore Score(IReadOnlyList<int> predicted, IReadOnlyList<int> truth)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(truth);
        if (predicted.Count != truth.Count) throw new ArgumentException($"predicted has {predicted.Count} labels and truth {truth.Count}; they must label the same items.");
        var n = predicted.Count;
        var a = new Dictionary<int, long>();
        var b = new Dictionary<int, long>();
        var ab = new Dictionary<(int, int), long>();
        for (var i = 0; i < n; i++)
        {
            var p = predicted[i];
            var t = truth[i];
            // A negative label is a cluster of one: it adds no pair, only to n.
            if (p >= 0) a[p] = a.GetValueOrDefault(p) + 1;
            if (t >= 0) b[t] = b.GetValueOrDefault(t) + 1;
            if (p >= 0 && t >= 0) ab[(p, t)] = ab.GetValueOrDefault((p, t)) + 1;
        }
        var sumA = a.Values.Sum(Pairs);
        var sumB = b.Values.Sum(Pairs);
        var sumAb = ab.Values.Sum(Pairs);
        return new PartitionScore(n, Adjusted(sumAb, sumA, sumB, n), sumA, sumB, sumAb);
    }

    /// <summary>The adjusted Rand index from pair counts.</summary>
    public static double Adjusted(long sumJoint, long sumPredicted, long sumTruth, long n)
    {
        if (n < 2) return double.NaN;
        var total = Pairs(n);
        var expected = sumPredicted * (double)sumTruth / total;
        var maximum = (sumPredicted + sumTruth) / 2.0;
        if (maximum == expected) return sumJoint == expected ? 1 : 0;
        return (sumJoint - expected) / (maximum - expected);
    }

    /// <summary>n choose 2.</summary>
    public static long Pairs(long n) => n * (n - 1) / 2;
}
