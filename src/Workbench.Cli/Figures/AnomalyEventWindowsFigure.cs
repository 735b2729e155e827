using Plotly.NET;
using Workbench.Anomalies;
using Workbench.Charts;
using Workbench.Cli.Commands;
using Workbench.Evaluation;
using Workbench.Prevalence;
using Workbench.Synthetic;

namespace Workbench.Cli.Figures;

/// <summary>
/// Figure: the synthetic corpus's planted event windows as ads rate ratios against the seasonal baseline, with their
/// confidence intervals (at most 20k ads, so that the figure stays quick). Phones stay in memory as generated: only
/// their equality is used, and nothing but region names and numbers is written.
/// </summary>
internal sealed class AnomalyEventWindowsFigure : Figure<AnomalyEventWindowsFigure.Data>
{
    /// <summary>One event's window effect on its city's ads.</summary>
    public sealed record Row(string Label, double Observed, double Expected, double RateRatio, double Lower, double Upper, bool Happened);

    /// <summary>The events inside the series.</summary>
    public sealed record Data(IReadOnlyList<Row> Events);

    public override string Id => "anomalies-event-windows";

    public override string Title => "Planted event windows: ads rate ratio against the seasonal baseline, 95% intervals";

    public override Data Compute(FigureInput input)
    {
        var options = GenerateCommand.Options(input.Preset, Math.Min(input.Ads, 20_000), input.Seed);
        var ads = SyntheticCorpus.Generate(options)
            .Select(a => new AdActivity(a.Ad.AdId, a.Ad.PostedAt, a.Ad.Site, a.Ad.City, a.Ad.Province, a.Truth.Phones)).ToList();
        var series = Detect.Series(ads);
        var evaluation = AnomalyEvaluation.Evaluate(series, Detect.Spikes(series, new SpikeOptions { Levels = [SeriesLevel.City] }), SyntheticCorpus.Events(options));
        return new Data([.. evaluation.Events.Where(e => e.Ads is { } a && !double.IsNaN(a.RateRatio)).Select(e => new Row(
            $"{e.Event.Id} {e.Event.City}", e.Ads!.Observed, e.Ads.Expected, e.Ads.RateRatio, e.Ads.Lower, e.Ads.Upper, e.Event.Happened))]);
    }

    public override GenericChart Plot(Data data) =>
        AnomalyCharts.EventWindows(
            [.. data.Events.Select(r => ($"{r.Label} ({(r.Happened ? "planted rise" : "no rise")})", new WindowEffect(r.Observed, r.Expected, r.RateRatio, r.Lower, r.Upper, double.NaN, double.NaN, double.NaN)))],
            Title).Paper();
}
