namespace Workbench.Anomalies;

/// <summary>
/// The seasonal baseline of a daily count series: for each day, the median of the same weekday in the weeks either
/// side (never the day itself, never masked days), and the series' overdispersion estimated robustly (MAD of Pearson
/// residuals). Medians and MAD ignore a spike of a few days, so an event does not hide itself by raising its own baseline.
/// </summary>
public static class RobustBaseline
{
    /// <summary>Seasonal median baseline; <paramref name="masked"/> days (if any) are never used as reference values.</summary>
    /// <returns>Baseline per day and the number of reference values behind it (0 where none: baseline NaN).</returns>
    public static (double[] Baseline, int[] References) Seasonal(ReadOnlySpan<double> values, int seasonWeeks, ReadOnlySpan<bool> masked = default)
    {
        var n = values.Length;
        var baseline = new double[n];
        var refs = new int[n];
        var buffer = new double[2 * seasonWeeks];
        for (var d = 0; d < n; d++)
        {
            var m = 0;
            for (var k = 1; k <= seasonWeeks; k++)
            {
                foreach (var e in (ReadOnlySpan<int>)[d - (7 * k), d + (7 * k)])
                {
                    if (e < 0 || e >= n) continue;
                    if (!masked.IsEmpty && masked[e]) continue;
                    buffer[m++] = values[e];
                }
            }
            refs[d] = m;
            baseline[d] = m == 0 ? double.NaN : Median(buffer.AsSpan(0, m));
        }
        return (baseline, refs);
    }

    /// <summary>
    /// Overdispersion φ ≥ 1 of counts around a baseline: (1.4826 · MAD of (x − b)/√b)², so that the variance of a count is
    /// φ·b. Ads come in bursts from the same advertisers, so φ is typically well above the Poisson value 1.
    /// </summary>
    public static double Dispersion(ReadOnlySpan<double> values, ReadOnlySpan<double> baseline, int from = 0)
    {
        var residuals = new List<double>();
        for (var d = from; d < values.Length; d++)
        {
            if (double.IsNaN(baseline[d]) || baseline[d] <= 0) continue;
            residuals.Add((values[d] - baseline[d]) / Math.Sqrt(baseline[d]));
        }
        if (residuals.Count < 5) return 1.0;
        var r = residuals.ToArray();
        var med = Median(r);
        for (var i = 0; i < r.Length; i++) r[i] = Math.Abs(r[i] - med);
        var scale = 1.4826 * Median(r);
        return Math.Max(1.0, scale * scale);
    }

    /// <summary>Median of a span (the span is reordered).</summary>
    public static double Median(Span<double> values)
    {
        if (values.Length == 0) return double.NaN;
        values.Sort();
        var h = values.Length / 2;
        return values.Length % 2 == 1 ? values[h] : (values[h - 1] + values[h]) / 2;
    }
}
