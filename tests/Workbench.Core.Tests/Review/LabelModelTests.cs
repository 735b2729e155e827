using Workbench.Review;

namespace Workbench.Tests.Review;

public class LabelModelTests
{
    [Fact]
    public void The_label_model_beats_majority_vote_when_one_function_is_noisy_and_votes_often()
    {
        // Given 2,000 items (20% positive), two accurate one-sided functions and one noisy function that votes on everything
        var rng = new Random(11);
        var truth = new bool[2000];
        var votes = new int[truth.Length][];
        for (var i = 0; i < truth.Length; i++)
        {
            truth[i] = rng.NextDouble() < 0.2;
            var a = truth[i] ? (rng.NextDouble() < 0.7 ? 1 : -1) : (rng.NextDouble() < 0.03 ? 1 : -1);
            var b = truth[i] ? (rng.NextDouble() < 0.6 ? 1 : -1) : (rng.NextDouble() < 0.05 ? 1 : -1);
            var noisy = rng.NextDouble() < 0.45 ? (truth[i] ? 0 : 1) : (truth[i] ? 1 : 0);
            votes[i] = [a, b, noisy];
        }
        // When the model is fit
        var model = LabelModel.Fit(votes, 3);
        var modelAccuracy = Enumerable.Range(0, truth.Length).Count(i => model.Posterior(votes[i]) >= 0.5 == truth[i]) / (double)truth.Length;
        var majority = Enumerable.Range(0, truth.Length).Count(i => (votes[i].Count(v => v == 1) > votes[i].Count(v => v == 0)) == truth[i]) / (double)truth.Length;
        // Then it is more accurate than majority vote and learns that the noisy function is weak
        Assert.True(modelAccuracy > majority + 0.05, $"model {modelAccuracy:F3}, majority {majority:F3}");
        var (forIfOrg, forIfNot, _, _) = model.Rates(0);
        Assert.True(forIfOrg > 5 * forIfNot, $"function 0 fires {forIfOrg:F2} vs {forIfNot:F2}");
    }
}
