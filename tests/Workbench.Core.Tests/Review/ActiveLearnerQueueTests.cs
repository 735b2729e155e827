using Workbench.Review;

namespace Workbench.Tests.Review;

/// <summary>The queue strategies on hand-made candidates whose probabilities are set directly (no retrain).</summary>
public class ActiveLearnerQueueTests
{
    // Identical features, so every candidate is equally far from the labelled ones and diversity cannot decide.
    private static readonly double[] P = [0.20, 0.90, 0.50, 0.95, 0.10, 0.70, 0.35, 0.60, 0.05, 0.80, 0.45, 0.30];

    private static ActiveLearner Learner(QueueStrategy strategy, double uncertaintyShare = 0.3)
    {
        var candidates = P.Select((_, i) => new ReviewCandidate
        {
            ClusterId = 100 + i,
            MetaClusterId = -1,
            TemplateText = $"template number {i} [*]",
            AdIds = [$"ad{i}a", $"ad{i}b"],
            Features = new float[ReviewFeatures.Names.Count],
            CueShares = new Dictionary<string, double>(),
            StatedEthnicity = "unstated",
            Cities = ["Toronto"],
            FirstPost = DateTimeOffset.UnixEpoch,
            LastPost = DateTimeOffset.UnixEpoch,
        }).ToList();
        var functions = LabellingFunction.Defaults;
        var votes = P.Select(_ => Enumerable.Repeat(LabellingFunction.Abstain, functions.Count).ToArray()).ToArray();
        var weak = new WeakSupervisionResult(P, votes, functions, [], LabelModel.Fit(votes, functions.Count), 0);
        return new ActiveLearner(candidates, weak, new ActiveLearningOptions { Strategy = strategy, UncertaintyShare = uncertaintyShare });
    }

    [Fact]
    public void Relevance_picks_the_highest_probability_unlabelled_candidate_first()
    {
        // Given the most likely candidate (p = 0.95) already labelled
        var learner = Learner(QueueStrategy.Relevance);
        learner.AddLabel(3, true);
        // When the queue is asked for a batch
        var queue = learner.Queue(4);
        // Then it runs down the probabilities of the unlabelled ones: 0.90, 0.80, 0.70, 0.60
        Assert.Equal([1, 9, 5, 7], queue.Select(q => q.Index));
        Assert.All(queue, q => Assert.Equal(QueueStrategy.Relevance, q.PickedBy));
    }

    [Fact]
    public void Uncertainty_picks_the_candidate_closest_to_even_odds_first()
    {
        var learner = Learner(QueueStrategy.Uncertainty);
        var queue = learner.Queue(2);
        Assert.Equal([2, 10], queue.Select(q => q.Index));
    }

    [Fact]
    public void Mixed_takes_its_share_of_each_batch_by_uncertainty_and_the_rest_by_relevance()
    {
        // Given a mixed queue with 0.3 of each batch by uncertainty
        var learner = Learner(QueueStrategy.Mixed, uncertaintyShare: 0.3);
        // When a batch of 10 is chosen
        var queue = learner.Queue(10);
        // Then 3 picks are by uncertainty, the first pick is the most likely candidate, and no candidate comes twice
        Assert.Equal(3, queue.Count(q => q.PickedBy == QueueStrategy.Uncertainty));
        Assert.Equal(3, queue[0].Index);
        Assert.Equal(QueueStrategy.Relevance, queue[0].PickedBy);
        Assert.Equal(10, queue.Select(q => q.Index).Distinct().Count());
        Assert.Contains(queue, q => q.PickedBy == QueueStrategy.Uncertainty && q.Index == 2);
    }

    [Theory]
    [InlineData(QueueStrategy.Relevance)]
    [InlineData(QueueStrategy.Uncertainty)]
    [InlineData(QueueStrategy.Mixed)]
    public void Every_reason_states_the_probability_in_words(QueueStrategy strategy)
    {
        var queue = Learner(strategy).Queue(P.Length);
        Assert.All(queue, q => Assert.Contains($"p = {q.Probability.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)}", q.Reason));
        Assert.All(queue, q => Assert.InRange(q.Priority, 0, 1));
    }

    [Fact]
    public void A_relevance_reason_says_the_model_rates_the_cluster_likely_organized()
    {
        var first = Learner(QueueStrategy.Relevance).Queue(1)[0];
        Assert.StartsWith("the model rates it likely organized (p = 0.95)", first.Reason, StringComparison.Ordinal);
        var last = Learner(QueueStrategy.Relevance).Queue(P.Length)[^1];
        Assert.Contains("the model rates it unlikely (p = 0.05)", last.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_outside_zero_to_one_is_rejected()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Learner(QueueStrategy.Mixed, uncertaintyShare: 1.5));
        Assert.Contains("UncertaintyShare", e.Message, StringComparison.Ordinal);
    }
}
