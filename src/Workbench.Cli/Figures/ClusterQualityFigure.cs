using Plotly.NET;
using Workbench.Charts;
using Workbench.Cli.Commands;
using Workbench.Clustering;
using Workbench.Evaluation;

namespace Workbench.Cli.Figures;

/// <summary>
/// Figure: micro-cluster quality against the planted templates of the synthetic corpus, for all ads and per actor type
/// (pairwise precision and recall, ARI in the labels), at most 20k ads so that the figure stays quick. Contacts are
/// pseudonymized under a throw-away key as at ingest; the detector reads text, and nothing but scores is written.
/// </summary>
internal sealed class ClusterQualityFigure : Figure<ClusterQualityFigure.Data>
{
    /// <summary>One group of ads and its scores.</summary>
    public sealed record Row(string Group, int Ads, double Ari, double PairPrecision, double PairRecall);

    /// <summary>All ads first, then each actor type.</summary>
    public sealed record Data(IReadOnlyList<Row> Rows);

    public override string Id => "clusters-quality";

    public override string Title => "Micro-clusters against planted templates: pairwise precision and recall by actor type";

    public override Data Compute(FigureInput input)
    {
        var (ads, truth) = EvalClustersCommand.Synthetic(GenerateCommand.Options(input.Preset, Math.Min(input.Ads, 20_000), input.Seed));
        var result = new MicroClusterDetector(new MicroClusterOptions { Seed = input.Seed }).Fit(ads).Result;
        var report = ClusterEvaluation.Evaluate(result, truth);
        var rows = new List<Row> { new("all ads", report.MatchedAds, report.Templates.AdjustedRandIndex, report.Templates.PairPrecision, report.Templates.PairRecall) };
        rows.AddRange(report.ByActorType.Where(t => t.Ads > 0).Select(t =>
            new Row(t.Type.ToString().ToLowerInvariant(), t.Ads, t.Templates.AdjustedRandIndex, t.Templates.PairPrecision, t.Templates.PairRecall)));
        return new Data(rows);
    }

    public override GenericChart Plot(Data data) =>
        ClusterCharts.QualityByGroup([.. data.Rows.Select(r => (r.Group, r.Ads, r.Ari, r.PairPrecision, r.PairRecall))], Title).Paper();
}
