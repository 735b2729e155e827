namespace Workbench.Anomalies;

/// <summary>Benjamini–Hochberg q-values: the smallest false discovery rate at which each test would be rejected.</summary>
public static class FalseDiscovery
{
    /// <summary>q-values in the order of <paramref name="pValues"/> (step-up, monotone, capped at 1).</summary>
    public static double[] QValues(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        var m = pValues.Count;
        var order = Enumerable.Range(0, m).OrderBy(i => pValues[i]).ToArray();
        var q = new double[m];
        var running = 1.0;
        for (var rank = m; rank >= 1; rank--)
        {
            var i = order[rank - 1];
            running = Math.Min(running, pValues[i] * m / rank);
            q[i] = Math.Min(1.0, running);
        }
        return q;
    }
}
