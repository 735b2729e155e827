using Workbench.Clustering;
using Workbench.Data;
using Workbench.Evaluation;
using Workbench.Review;
using Workbench.Synthetic;

namespace Workbench.Tests.Review;

/// <summary>Active learning against the synthetic truth on a small organized-heavy corpus (kept small for CI).</summary>
public class ReviewSimulationTests
{
    private static readonly Lazy<(IReadOnlyList<ReviewCandidate> Candidates, ReviewOracle Oracle)> Small = new(() =>
    {
        var key = PseudonymKey.FromHex(new string('a', 64), "test");
        var p = new Pseudonymizer(key);
        var generated = SyntheticCorpus.Generate(SyntheticOptions.OrganizedHeavy with { Ads = 4_000, Seed = 5 }).ToList();
        var ads = generated.Select(g => p.Apply(g.Ad).Ad).ToList();
        var clusters = new MicroClusterDetector().Fit(ads).Result;
        var candidates = ReviewFeatures.Build(ads, clusters);
        return (candidates, ReviewOracle.FromTruth(candidates, generated.Select(g => g.Truth)));
    });

    [Fact]
    public void The_queue_finds_organized_clusters_with_fewer_labels_than_random_order()
    {
        // Given the candidates and the oracle
        var (candidates, oracle) = Small.Value;
        Assert.True(oracle.Positives >= 10, $"only {oracle.Positives} organized clusters planted");
        // When both strategies spend the same budget
        var r = ReviewSimulation.Run(candidates, oracle, new ReviewSimulationOptions { Budget = 150, BatchSize = 10, Seed = 3 });
        // Then active learning reaches 0.9 recall, and with at most as many labels as random order
        Assert.NotNull(r.Active.LabelsToTargetRecall);
        Assert.True(r.Random.LabelsToTargetRecall is null || r.Active.LabelsToTargetRecall <= r.Random.LabelsToTargetRecall,
            $"active {r.Active.LabelsToTargetRecall}, random {r.Random.LabelsToTargetRecall}");
        var atActive = r.Random.Points.First(p => p.Labels >= r.Active.LabelsToTargetRecall);
        Assert.True(atActive.Recall < 0.9 || atActive.Labels == r.Active.LabelsToTargetRecall);
    }

    [Fact]
    public void Relevance_needs_no_more_labels_than_uncertainty_to_reach_the_target_recall()
    {
        // Given the candidates and the oracle, and both queue strategies with the same budget and batches
        var (candidates, oracle) = Small.Value;
        var options = new ReviewSimulationOptions { Budget = 150, BatchSize = 10, Seed = 3, Strategies = [QueueStrategy.Uncertainty, QueueStrategy.Relevance] };
        // When the oracle answers each queue
        var r = ReviewSimulation.Run(candidates, oracle, options);
        // Then relevance reaches 0.9 recall, with at most as many labels as uncertainty (not reaching it counts as over budget)
        var relevance = r.Run("relevance").LabelsToTargetRecall;
        var uncertainty = r.Run("uncertainty").LabelsToTargetRecall ?? int.MaxValue;
        Assert.NotNull(relevance);
        Assert.True(relevance <= uncertainty, $"relevance {relevance}, uncertainty {uncertainty} (seed 3)");
        // and it finds at least as many organized clusters by labelling them
        Assert.True(r.Run("relevance").Points[^1].PositivesFound >= r.Run("uncertainty").Points[^1].PositivesFound);
    }

    [Fact]
    public void The_simulation_retrains_after_every_batch_and_runs_every_strategy_and_random_order()
    {
        var (candidates, oracle) = Small.Value;
        var r = ReviewSimulation.Run(candidates, oracle, new ReviewSimulationOptions { Budget = 30, BatchSize = 10, Seed = 3 });
        Assert.Equal(["uncertainty", "relevance", "mixed", "random"], r.Runs.Select(x => x.Strategy));
        Assert.Equal(ReviewSimulation.Name(new ActiveLearningOptions().Strategy), r.Active.Strategy);
        Assert.All(r.Runs, x => Assert.Equal([0, 10, 20, 30], x.Points.Select(p => p.Labels)));
    }

    [Fact]
    public void Every_queued_item_is_unlabelled_distinct_and_says_why()
    {
        var (candidates, _) = Small.Value;
        var weak = WeakSupervision.Fit(candidates);
        var learner = new ActiveLearner(candidates, weak);
        learner.AddLabel(0, true);
        learner.AddLabel(1, false);
        learner.Retrain();
        var queue = learner.Queue(25);
        Assert.Equal(25, queue.Select(q => q.Index).Distinct().Count());
        Assert.DoesNotContain(queue, q => q.Index is 0 or 1);
        Assert.All(queue, q => Assert.Contains("p = ", q.Reason));
        Assert.All(queue, q => Assert.InRange(q.Priority, 0, 1));
    }

    [Fact]
    public void Weak_supervision_reports_coverage_overlap_and_conflict_per_function()
    {
        var (candidates, _) = Small.Value;
        var weak = WeakSupervision.Fit(candidates);
        Assert.Equal(LabellingFunction.Defaults.Count, weak.Summaries.Count);
        Assert.All(weak.Summaries, s => Assert.True(s.Conflict <= s.Overlap && s.Overlap <= s.Coverage));
        Assert.Contains(weak.Summaries, s => s.Conflict > 0);
        Assert.InRange(weak.Coverage, 0.01, 1);
    }

    [Fact]
    public void The_bias_audit_counts_false_positives_on_independents_and_flag_rates_by_ethnicity()
    {
        // Given every candidate flagged
        var (candidates, oracle) = Small.Value;
        var all = BiasAuditResult.Compute(candidates, [.. candidates.Select(_ => true)], oracle);
        var none = BiasAuditResult.Compute(candidates, [.. candidates.Select(_ => false)], oracle);
        // Then every independent is a false positive, and no flags none
        Assert.True(all.Independents > 0);
        Assert.Equal(1.0, all.IndependentFalsePositiveRate);
        Assert.Equal(0.0, none.IndependentFalsePositiveRate);
        Assert.All(all.ByEthnicity, e => Assert.Equal(1.0, e.FlagRate));
        Assert.Equal(candidates.Count, all.ByEthnicity.Sum(e => e.Clusters));
    }
}
