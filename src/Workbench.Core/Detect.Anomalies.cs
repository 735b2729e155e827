using Workbench.Anomalies;
using Workbench.Prevalence;

namespace Workbench;

public static partial class Detect
{
    /// <summary>Daily series of ads, advertisers and new arrivals per city, province and site (<see cref="ActivitySeries"/>).</summary>
    public static ActivitySeries Series(IReadOnlyList<AdActivity> ads, IClusterAssignment? advertisers = null) =>
        ActivitySeries.Build(ads, advertisers);

    /// <summary>Rises in every series with their effects and q-values, most significant first (<see cref="SpikeDetector"/>).</summary>
    public static IReadOnlyList<AnomalyWindow> Spikes(ActivitySeries series, SpikeOptions? options = null) =>
        new SpikeDetector(options).Detect(series);

    /// <summary>A chosen window (e.g. an event) against its seasonal baseline, as a rate ratio with an interval.</summary>
    public static WindowEffect EventWindow(ActivitySeries series, SeriesKey region, SeriesMetric metric, DateOnly start, DateOnly end, SpikeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        options ??= new SpikeOptions();
        var daily = series.Daily(region, metric);
        var from = Math.Max(0, start.DayNumber - series.Start.DayNumber);
        var to = Math.Min(series.Days - 1, end.DayNumber - series.Start.DayNumber);
        return WindowEffect.Measure(daily, from, to, options.SeasonWeeks, new SpikeDetector(options).BurnIn(metric, series.Days), options.ConfidenceLevel);
    }
}
