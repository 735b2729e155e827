using System.Globalization;
using Workbench.Charts;
using Workbench.Clustering;
using Workbench.Evaluation;
using Workbench.Review;

namespace Workbench.Reports.Sections;

/// <summary>
/// The human-in-the-loop part of the demo report: the weak-supervision cold start (labelling functions with coverage,
/// overlaps and conflicts), the first review queue with the reason for each item, and, on synthetic data, the learning
/// curves of the active queue against random order answered by the truth oracle, with the bias audit beside recall.
/// </summary>
public sealed class ReviewSection : IReportSection
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <inheritdoc />
    public string Title => "Review: weak supervision, active learning and the bias audit";

    /// <inheritdoc />
    public void Write(ReportContext context, ReportWriter writer)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(writer);
        var (candidates, weak) = context.ReviewColdStart();
        if (candidates.Count == 0)
        {
            writer.Paragraph("No micro-clusters: nothing to review.");
            return;
        }
        writer.Caution("A place in the queue, a flag or a high probability is a request for a reviewer's judgement about signals of organized activity, never a finding about any person. Independent advertisers who tour use the same movement language; the audit below counts how often they are flagged.");
        writer.Heading("Cold start: labelling functions and the label model", 3);
        writer.Table(["function", "what it reads", "coverage", "overlap", "conflict", "for / against", "agreement with the label model"],
            weak.Summaries.Select(s => (IReadOnlyList<string>)[s.Name, s.Description, s.Coverage.ToString("P1", Inv), s.Overlap.ToString("P1", Inv), s.Conflict.ToString("P1", Inv),
                $"{s.OrganizedVotes} / {s.NotOrganizedVotes}", s.EstimatedAccuracy.ToString("F2", Inv)]));
        writer.Chart(ReviewCharts.LabellingFunctions(weak), "coverage, overlap and conflict of each labelling function");
        writer.Paragraph(string.Create(Inv, $"{candidates.Count:N0} micro-clusters; the functions together vote on {weak.Coverage:P1}; a Dawid–Skene label model fit by EM ({weak.Model.Iterations} iterations) weighs them without any label. Its estimate of the share with signals of organized activity is {weak.Model.Prior:P1}."));

        var learner = new ActiveLearner(candidates, weak, new ActiveLearningOptions { Seed = context.Seed });
        learner.Retrain();
        writer.Heading("The first review queue", 3);
        writer.Table(["rank", "micro-cluster", "ads", "P(organized)", "why it is queued"],
            learner.Queue(10).Select(q => (IReadOnlyList<string>)[q.Rank.ToString(Inv), q.ClusterId.ToString(Inv), candidates[q.Index].AdIds.Count.ToString(Inv), q.Probability.ToString("F2", Inv), q.Reason]));

        if (context.TruthPath is null || !File.Exists(context.TruthPath)) return;
        var oracle = ReviewOracle.FromTruth(candidates, TruthFile.Read(context.TruthPath));
        var sim = ReviewSimulation.Run(candidates, oracle, new ReviewSimulationOptions { Budget = 200, Seed = context.Seed, Strategies = [], Learner = new ActiveLearningOptions { Seed = context.Seed } });
        writer.Heading("Simulated review against the planted truth", 3);
        writer.Chart(ReviewCharts.LearningCurves(sim), "labels spent against recall (at precision ≥ 0.8) and precision, active queue vs random order");
        string L(int? l) => l?.ToString(Inv) ?? "not within 200";
        writer.Paragraph($"The oracle calls a micro-cluster organized when more than half of its ads come from a planted organized actor ({sim.Positives} of {sim.Candidates:N0}). " +
            $"Labels to reach 0.9 recall at precision ≥ 0.8: active {L(sim.Active.LabelsToTargetRecall)}, random order {L(sim.Random.LabelsToTargetRecall)}.");
        writer.Table(["flags", "false-positive rate on independents", "on touring independents", "on all non-organized", "largest ethnicity gap"],
            new[] { ("cold start (label model)", sim.ColdStartAudit), ($"active, {sim.Active.Points[^1].Labels} labels", sim.Active.FinalAudit), ($"random, {sim.Random.Points[^1].Labels} labels", sim.Random.FinalAudit) }
                .Select(r => (IReadOnlyList<string>)[r.Item1, $"{r.Item2.IndependentFalsePositiveRate:P1} of {r.Item2.Independents}", $"{r.Item2.TouringFalsePositiveRate:P1} of {r.Item2.TouringIndependents}",
                    r.Item2.FalsePositiveRate.ToString("P1", Inv), r.Item2.MaxEthnicityGap.ToString("F3", Inv)]));
        writer.Table(["stated ethnicity", "micro-clusters", "flag rate (active)", "organized rate (truth)"],
            sim.Active.FinalAudit.ByEthnicity.Select(e => (IReadOnlyList<string>)[e.Ethnicity, e.Clusters.ToString(Inv), e.FlagRate.ToString("P1", Inv), e.OrganizedRate.ToString("P1", Inv)]));
        writer.Paragraph("Flag rates by stated ethnicity are shown beside the planted organized rate: a flag rate well above it for one group is a bias to fix before any use. The cold-start label model flags broadly, which is why labels come first and flags second.");
    }
}
