using System.Globalization;
using Workbench.Anomalies;
using Workbench.Charts;
using Workbench.Evaluation;
using Workbench.Prevalence;

namespace Workbench.Reports.Sections;

/// <summary>
/// The demo report's anomaly part: significant rises in advertising activity per region (windows with their rate
/// ratios and q-values), the daily series of the top window's city, event-window effects, the most unusual
/// micro-clusters with their driving features and, on synthetic data, how the planted events compare.
/// </summary>
public sealed class AnomalySection(SpikeOptions? options = null, int topWindows = 15, int topClusters = 10) : IReportSection
{
    /// <summary>The detector's settings.</summary>
    public SpikeOptions Options { get; } = options ?? new();

    /// <inheritdoc/>
    public string Title => "Rises in activity and unusual clusters";

    /// <inheritdoc/>
    public void Write(ReportContext context, ReportWriter writer)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(writer);
        var inv = CultureInfo.InvariantCulture;
        var ads = AdActivity.ReadAll(context.Store).ToList();
        if (ads.Count == 0)
        {
            writer.Paragraph("No ads to count.");
            return;
        }
        var series = Detect.Series(ads);
        var windows = Detect.Spikes(series, Options);
        var significant = windows.Where(w => w.QValue <= Options.FdrLevel).ToList();
        writer.Paragraph(string.Create(inv,
            $"Daily ads, advertisers and new arrivals were counted for {series.Keys.Count:N0} regions (cities, provinces, sites) over {series.Days:N0} days. {windows.Count:N0} candidate windows were tested against each region's seasonal baseline; {significant.Count:N0} stand at a false discovery rate of {Options.FdrLevel:P0} (q-values corrected for scanning every start day and length). A quiet list is the expected outcome."));
        var shown = (significant.Count > 0 ? significant : windows).Take(topWindows).ToList();
        if (shown.Count > 0)
        {
            writer.Table(["region", "start", "end", "metric", "effect [interval]", "q"],
                shown.Select(w => (IReadOnlyList<string>)
                [
                    w.Region.ToString(), w.Start.ToString("yyyy-MM-dd", inv), w.End.ToString("yyyy-MM-dd", inv), ActivitySeries.ColumnName(w.Metric),
                    string.Create(inv, $"{w.Effect.RateRatio:F2} [{w.Effect.Lower:F2}–{w.Effect.Upper:F2}]"), w.QValue.ToString("G3", inv),
                ]));
            if (significant.Count == 0) writer.Paragraph("None is significant: the table shows the strongest candidates only.");
            var top = shown.FirstOrDefault(w => w.Region.Level == SeriesLevel.City) ?? shown[0];
            var scores = new SpikeDetector(Options).Scores(series, top.Region, top.Metric);
            writer.Chart(AnomalyCharts.SeriesWithWindows(series, scores, windows.Where(w => w.QValue <= Options.FdrLevel || w == top).ToList()),
                $"daily series of {top.Region} with its baseline and windows");
        }

        var effects = new List<(string Label, WindowEffect Effect)>();
        var events = EventsOf(context);
        if (events is not null)
        {
            var evaluation = AnomalyEvaluation.Evaluate(series, windows, events, Options);
            foreach (var outcome in evaluation.Events.Where(e => e.Ads is not null))
            {
                effects.Add(($"{outcome.Event.Id} {outcome.Event.City} ({(outcome.Event.Happened ? "planted rise" : "no rise planted")})", outcome.Ads!));
            }
            writer.Paragraph(string.Create(inv,
                $"Against the planted events (synthetic data only): {evaluation.Events.Count:N0} events fall inside the series, {evaluation.Happened:N0} of them with a planted rise; significant city windows found {evaluation.Events.Count(e => e.Event.Happened && e.Detected):N0} of those (recall {evaluation.Recall:P0}), flagged {evaluation.QuietEventsFlagged:N0} events without a planted rise, and raised {evaluation.Elsewhere:N0} alarms away from every event ({evaluation.FalseAlarmsPerCityYear:F3} per tested city and year; precision {evaluation.Precision:P0})."));
            writer.Table(["event", "city", "start", "end", "planted", "ads rate ratio [interval]", "detected"],
                evaluation.Events.Select(e => (IReadOnlyList<string>)
                [
                    e.Event.Id, e.Event.City, e.Event.StartDate.ToString("yyyy-MM-dd", inv), e.Event.EndDate.ToString("yyyy-MM-dd", inv),
                    e.Event.Happened ? string.Create(inv, $"×{e.Event.Uplift:F2}") : "no rise",
                    e.Ads is { } a ? string.Create(inv, $"{a.RateRatio:F2} [{a.Lower:F2}–{a.Upper:F2}]") : "—", e.Detected ? "yes" : "no",
                ]));
        }
        else
        {
            effects.AddRange(shown.Take(10).Select(w => ($"{w.Region} {w.Start:MM-dd}", w.Effect)));
        }
        if (effects.Count > 0)
        {
            writer.Chart(AnomalyCharts.EventWindows(effects, events is null ? "Rate ratio of the top windows against their seasonal baselines" : "Planted event windows: ads rate ratio against the seasonal baseline", Options.ConfidenceLevel),
                "rate ratios with confidence intervals");
        }

        var clusters = ClusterAnomalies.Score(ads, context.MicroClusters()).Where(c => c.Level == "micro").ToList();
        if (clusters.Count > 0)
        {
            writer.Paragraph(string.Create(inv,
                $"{clusters.Count:N0} micro-clusters with at least 3 ads were scored on their activity (spread over cities and sites, posting rhythm, phones) by a PCA reconstruction score and an isolation forest; the chart shows the {Math.Min(topClusters, clusters.Count)} ranked highest by both, split by the features that drive the PCA score."));
            writer.Chart(AnomalyCharts.UnusualClusters(clusters, topClusters), "top unusual micro-clusters and their driving features");
        }
        writer.Caution("A rise in advertising activity or an unusual cluster is a reason to look at the ads, not a finding about anyone. One advertiser reposting, a site change or a scraping gap can raise a count; an unusual cluster is unusual in its posting pattern only. Nothing here says who posted the ads or why.");
    }

    private static IReadOnlyList<Synthetic.PlantedEvent>? EventsOf(ReportContext context)
    {
        if (context.TruthPath is not { } truth) return null;
        var folder = Path.GetDirectoryName(Path.GetFullPath(truth));
        if (folder is null) return null;
        var path = Path.Combine(folder, "events.csv");
        return File.Exists(path) ? EventsFile.Read(path) : null;
    }
}
