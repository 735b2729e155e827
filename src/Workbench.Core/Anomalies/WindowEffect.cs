using MathNet.Numerics.Distributions;

namespace Workbench.Anomalies;

/// <summary>
/// A window compared with its baseline: observed over expected counts as a rate ratio with a quasi-Poisson confidence
/// interval and a one-sided p-value for a rise.
/// </summary>
/// <param name="Observed">Counts in the window.</param>
/// <param name="Expected">Seasonal baseline summed over the window (from reference days outside it).</param>
/// <param name="RateRatio">Observed / expected.</param>
/// <param name="Lower">Lower confidence limit of the rate ratio.</param>
/// <param name="Upper">Upper confidence limit of the rate ratio.</param>
/// <param name="Z">log rate ratio over its standard error.</param>
/// <param name="PValue">One-sided p-value of a rise, for this window alone (no scan correction).</param>
/// <param name="Dispersion">Overdispersion φ of the series used for the interval.</param>
public sealed record WindowEffect(double Observed, double Expected, double RateRatio, double Lower, double Upper, double Z, double PValue, double Dispersion)
{
    /// <summary>
    /// Compares days <paramref name="start"/>..<paramref name="end"/> (inclusive) of a daily series with the median of the
    /// same weekdays in <paramref name="seasonWeeks"/> weeks either side, outside the window.
    /// </summary>
    /// <remarks>
    /// Ads come from advertisers who post for days or weeks, so daily counts are autocorrelated and a window's sum varies
    /// far more than its daily dispersion suggests. The dispersion φ_L is therefore measured at the window's own length:
    /// the variance of the Pearson residuals of every L-day block sum outside the window, against the same
    /// seasonal baseline. The window's variance is φ_L·O and the baseline's (π/2)·φ_L·E/m for a median of m references,
    /// so se(log RR) = √(φ_L/O + (π/2)·φ_L·w/(m·E)), w the weeks the window spans (days a week apart share references); a half count is added to both sides so empty windows stay finite.
    /// Days before <paramref name="skipDays"/> (a burn-in) are never used.
    /// </remarks>
    public static WindowEffect Measure(ReadOnlySpan<double> daily, int start, int end, int seasonWeeks, int skipDays = 0, double confidence = 0.95)
    {
        if (start < 0 || end >= daily.Length || start > end) throw new ArgumentOutOfRangeException(nameof(start), "window outside the series");
        var masked = new bool[daily.Length];
        for (var d = 0; d < Math.Min(skipDays, daily.Length); d++) masked[d] = true;
        var (seasonal, _) = RobustBaseline.Seasonal(daily, seasonWeeks, masked);
        for (var d = start; d <= end; d++) masked[d] = true;
        var dispersion = BlockDispersion(daily, seasonal, end - start + 1, masked);
        // Reference weeks reach past the window so that every day keeps references however long the window.
        var weeks = seasonWeeks + ((end - start) / 7) + 1;
        var (baseline, refs) = RobustBaseline.Seasonal(daily, weeks, masked);
        double observed = 0, expected = 0, references = 0;
        var days = 0;
        for (var d = start; d <= end; d++)
        {
            if (double.IsNaN(baseline[d])) continue;
            observed += daily[d];
            expected += baseline[d];
            references += refs[d];
            days++;
        }
        if (days == 0) return new WindowEffect(0, 0, double.NaN, double.NaN, double.NaN, double.NaN, 1, dispersion);
        var m = references / days;
        var o = observed + 0.5;
        var e = expected + 0.5;
        var logRr = Math.Log(o / e);
        // Days a week apart share reference days, so their baseline errors move together: one week's worth of independent
        // baseline per started week of the window.
        var weeksInWindow = ((end - start) / 7) + 1;
        var se = Math.Sqrt((dispersion / o) + (Math.PI / 2 * dispersion * weeksInWindow / (m * e)));
        var crit = Normal.InvCDF(0, 1, 0.5 + (confidence / 2));
        var z = logRr / se;
        var p = 1 - Normal.CDF(0, 1, z);
        return new WindowEffect(observed, expected, o / e, Math.Exp(logRr - (crit * se)), Math.Exp(logRr + (crit * se)), z, p, dispersion);
    }

    /// <summary>
    /// Dispersion of L-day sums around the baseline, from every block of L unmasked days with a baseline
    /// (variance of (X − B)/√B, at least 1); falls back to daily blocks when too few blocks fit.
    /// </summary>
    public static double BlockDispersion(ReadOnlySpan<double> daily, ReadOnlySpan<double> baseline, int length, ReadOnlySpan<bool> masked)
    {
        var residuals = new List<double>();
        for (var s = 0; s + length <= daily.Length; s++)
        {
            double x = 0, b = 0;
            var ok = true;
            for (var d = s; d < s + length && ok; d++)
            {
                if (masked[d] || double.IsNaN(baseline[d])) ok = false;
                else { x += daily[d]; b += baseline[d]; }
            }
            if (ok && b > 0) residuals.Add((x - b) / Math.Sqrt(b));
        }
        if (residuals.Count < 8) return length > 1 ? BlockDispersion(daily, baseline, 1, masked) : 1.0;
        // Mean square, not MAD: touring advertisers and bursts make L-day rises routine in some cities, and a window is
        // only unusual if it stands out from the city's own history of such rises (a robust scale would call them all rare).
        var mean = residuals.Average();
        var variance = residuals.Sum(v => (v - mean) * (v - mean)) / (residuals.Count - 1);
        return Math.Max(1.0, variance);
    }
}