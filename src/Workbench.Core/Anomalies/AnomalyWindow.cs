namespace Workbench.Anomalies;

/// <summary>
/// A detected rise: a window of one series whose counts exceed the seasonal baseline, with its effect and the false
/// discovery rate at which it stands. One row of <c>windows.csv</c>. A window is a reason to look, not a finding about
/// anyone: a rise in ads can come from one advertiser reposting.
/// </summary>
/// <param name="Region">The series' region.</param>
/// <param name="Metric">The counted quantity.</param>
/// <param name="Start">First day of the window.</param>
/// <param name="End">Last day of the window, inclusive.</param>
/// <param name="Effect">Rate ratio window / baseline with its interval.</param>
/// <param name="Score">Peak robust z-score (MAD units above the seasonal median) of a day in the window.</param>
/// <param name="ScanPValue">p-value corrected for scanning the series for windows of this length.</param>
/// <param name="QValue">Benjamini–Hochberg q-value across all windows of all series tested.</param>
public sealed record AnomalyWindow(SeriesKey Region, SeriesMetric Metric, DateOnly Start, DateOnly End, WindowEffect Effect, double Score, double ScanPValue, double QValue)
{
    /// <summary>Days in the window.</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;
}

/// <summary>The robust daily scores of one series, for charts: the seasonal median and each day's MAD z-score.</summary>
/// <param name="Region">The series' region.</param>
/// <param name="Metric">The counted quantity.</param>
/// <param name="Baseline">Seasonal median per day (NaN where no reference).</param>
/// <param name="Z">(x − b) / √(φ·b) per day (NaN in the burn-in or without baseline).</param>
/// <param name="Dispersion">Overdispersion φ of the series.</param>
public sealed record SeriesScores(SeriesKey Region, SeriesMetric Metric, double[] Baseline, double[] Z, double Dispersion);
