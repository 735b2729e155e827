using System.Collections.Concurrent;

namespace Workbench.Anomalies;

/// <summary>
/// Spike and change detection over every series: a seasonal median baseline with MAD scores, an upward CUSUM that
/// proposes windows, a window test against a baseline that excludes the window, and Benjamini–Hochberg control of the
/// false discovery rate across all windows of all regions and metrics.
/// </summary>
/// <remarks>
/// The CUSUM chooses windows on the same data that tests them, so a naive p-value would be far too small. Each window's
/// p-value is therefore corrected for the scan (Šidák) over n·(1 + ln L_max) places: every start day times the distinct
/// length scales a window could take, an approximation of the number of independent windows the CUSUM searched. Only then are
/// q-values computed. Published event studies mostly find no change, so a quiet output is the expected outcome.
/// </remarks>
public sealed class SpikeDetector(SpikeOptions? options = null)
{
    /// <summary>The settings in use.</summary>
    public SpikeOptions Options { get; } = options ?? new SpikeOptions();

    /// <summary>All windows with their q-values (significant or not), most significant first.</summary>
    public IReadOnlyList<AnomalyWindow> Detect(ActivitySeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        Options.Validate();
        var candidates = new ConcurrentBag<(int Order, AnomalyWindow Window)>();
        var jobs = new List<(int Series, SeriesMetric Metric)>();
        for (var i = 0; i < series.Keys.Count; i++)
        {
            if (!Options.Levels.Contains(series.Keys[i].Level)) continue;
            foreach (var metric in Options.Metrics) jobs.Add((i, metric));
        }
        Parallel.For(0, jobs.Count, j =>
        {
            var (i, metric) = jobs[j];
            foreach (var w in Windows(series, i, metric)) candidates.Add((j, w));
        });
        var list = candidates.OrderBy(c => c.Order).ThenBy(c => c.Window.Start).Select(c => c.Window).ToList();
        var q = FalseDiscovery.QValues([.. list.Select(w => w.ScanPValue)]);
        return [.. list.Select((w, k) => w with { QValue = q[k] })
            .OrderBy(w => w.QValue).ThenByDescending(w => w.Effect.Z).ThenBy(w => w.Region.ToString(), StringComparer.Ordinal).ThenBy(w => w.Metric).ThenBy(w => w.Start)];
    }

    /// <summary>The windows significant at <see cref="SpikeOptions.FdrLevel"/>.</summary>
    public IReadOnlyList<AnomalyWindow> Significant(ActivitySeries series) =>
        [.. Detect(series).Where(w => w.QValue <= Options.FdrLevel)];

    /// <summary>Seasonal baseline and MAD z-scores of one series (for charts and for the CUSUM).</summary>
    public SeriesScores Scores(ActivitySeries series, SeriesKey key, SeriesMetric metric)
    {
        ArgumentNullException.ThrowIfNull(series);
        var i = series.Keys.ToList().IndexOf(key);
        if (i < 0) throw new KeyNotFoundException($"no series for {key}");
        return Scores(series, i, metric);
    }

    private SeriesScores Scores(ActivitySeries series, int i, SeriesMetric metric)
    {
        var x = series.DailyArray(i, metric);
        var burnIn = BurnIn(metric, x.Length);
        var masked = new bool[x.Length];
        for (var d = 0; d < burnIn; d++) masked[d] = true;
        var (baseline, _) = RobustBaseline.Seasonal(x, Options.SeasonWeeks, masked);
        var phi = RobustBaseline.Dispersion(x, baseline, burnIn);
        var z = new double[x.Length];
        for (var d = 0; d < x.Length; d++)
        {
            z[d] = d < burnIn || double.IsNaN(baseline[d]) ? double.NaN : (x[d] - baseline[d]) / Math.Sqrt(phi * Math.Max(baseline[d], 1.0));
        }
        return new SeriesScores(series.Keys[i], metric, baseline, z, phi);
    }

    /// <summary>Days skipped at the start: arrival metrics count everyone as new at first; volumes have a scrape backlog.</summary>
    internal int BurnIn(SeriesMetric metric, int days) =>
        Math.Min(metric is SeriesMetric.NewArrivals or SeriesMetric.NewAnywhere ? Options.BurnInDays : Options.EdgeDays, days);

    private IEnumerable<AnomalyWindow> Windows(ActivitySeries series, int i, SeriesMetric metric)
    {
        var scores = Scores(series, i, metric);
        var valid = scores.Baseline.Where(b => !double.IsNaN(b)).ToArray();
        if (valid.Length == 0 || RobustBaseline.Median(valid) < Options.MinBaselinePerDay) yield break;
        var x = series.DailyArray(i, metric);
        var tested = scores.Z.Count(v => !double.IsNaN(v));
        foreach (var (start, rawEnd) in Cusum.Segments(scores.Z, Options.CusumK, Options.CusumH))
        {
            var end = Math.Min(rawEnd, start + Options.MaxWindowDays - 1);
            var effect = WindowEffect.Measure(x, start, end, Options.SeasonWeeks, BurnIn(metric, x.Length), Options.ConfidenceLevel);
            var length = end - start + 1;
            // The CUSUM chooses both the start and the length: every start day, times the ~ln(max length) distinct length scales.
            var places = Math.Max(1.0, tested * (1 + Math.Log(Options.MaxWindowDays)));
            // Šidák 1 − (1 − p)^places; for tiny p the product p·places, which it equals to first order.
            var scan = effect.PValue * places < 1e-8 ? effect.PValue * places : 1 - Math.Pow(1 - effect.PValue, places);
            var peak = 0.0;
            for (var d = start; d <= end; d++) if (!double.IsNaN(scores.Z[d])) peak = Math.Max(peak, scores.Z[d]);
            yield return new AnomalyWindow(series.Keys[i], metric, series.DayAt(start), series.DayAt(end), effect, peak, Math.Min(1, scan), 1);
        }
    }
}
