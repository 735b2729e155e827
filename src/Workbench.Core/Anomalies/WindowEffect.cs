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
    /// same weekdays in <paramref name="seasonWeeks"/> weeks either side, outside the window. The variance of the window
    /// is φ·O and that of the baseline (π/2)·φ·E/m for a median of m references, so
    /// se(log RR) = √(φ/O + (π/2)·φ/(m·E)); a half count is added to both sides so empty windows stay finite.
    /// </summary>
    public static WindowEffect Measure(ReadOnlySpan<double> daily, int start, int end, int seasonWeeks, double dispersion, double confidence = 0.95)
    {
        if (start < 0 || end >= daily.Length || start > end) throw new ArgumentOutOfRangeException(nameof(start), "window outside the series");
        var masked = new bool[daily.Length];
        for (var d = start; d <= end; d++) masked[d] = true;
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
        var se = Math.Sqrt((dispersion / o) + (Math.PI / 2 * dispersion / (m * e)));
        var crit = Normal.InvCDF(0, 1, 0.5 + (confidence / 2));
        var z = logRr / se;
        var p = 1 - Normal.CDF(0, 1, z);
        return new WindowEffect(observed, expected, o / e, Math.Exp(logRr - (crit * se)), Math.Exp(logRr + (crit * se)), z, p, dispersion);
    }
}
