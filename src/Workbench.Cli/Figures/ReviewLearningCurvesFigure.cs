using Plotly.NET;
using Workbench.Charts;
using Workbench.Cli.Commands;
using Workbench.Data;
using Workbench.Evaluation;

namespace Workbench.Cli.Figures;

/// <summary>
/// Figure: learning curves of the review loop, active queue against random order, answered by the truth oracle on the
/// synthetic corpus (at most 10k ads, so that the figure stays quick).
/// </summary>
internal sealed class ReviewLearningCurvesFigure : Figure<ReviewLearningCurvesFigure.Data>
{
    /// <summary>The two curves with the corpus's counts.</summary>
    public sealed record Data(int Candidates, int Positives, int? ActiveLabelsToTarget, int? RandomLabelsToTarget, IReadOnlyList<CurvePoint> Active, IReadOnlyList<CurvePoint> Random);

    public override string Id => "review-learning-curves";

    public override string Title => "Review: labels spent against recall of organized clusters, active vs random";

    public override Data Compute(FigureInput input)
    {
        // A fixed key: tokens enter the template text the classifier reads, so a figure must not depend on a random key.
        var key = PseudonymKey.FromHex(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"review figure, synthetic data only, seed {input.Seed}"))), "figure");
        var (ads, truth) = EvalClustersCommand.Synthetic(GenerateCommand.Options(input.Preset, Math.Min(input.Ads, 10_000), input.Seed), key);
        var r = EvalReviewCommand.Simulate(ads, truth, new ReviewSimulationOptions { Budget = 200, BatchSize = 10, Seed = input.Seed, Strategies = [] });
        return new Data(r.Candidates, r.Positives, r.Active.LabelsToTargetRecall, r.Random.LabelsToTargetRecall, r.Active.Points, r.Random.Points);
    }

    public override GenericChart Plot(Data data) =>
        ReviewCharts.LearningCurves(data.Active, data.Random, data.Positives, data.Candidates).Paper();
}
