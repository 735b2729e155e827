using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Workbench.Evaluation;

namespace Workbench.Tests.Evaluation;

public class PartitionMetricsTests
{
    [Fact]
    public void Identical_partitions_score_one_whatever_the_labels()
    {
        var score = PartitionMetrics.Score([0, 0, 1, 1, 2], [7, 7, 3, 3, 9]);
        Assert.Equal(1, score.AdjustedRandIndex, 12);
        Assert.Equal((1.0, 1.0), (score.PairPrecision, score.PairRecall));
    }

    [Fact]
    public void A_split_cluster_scores_as_hand_computed()
    {
        // Given truth {0,1},{2,3} and prediction {0,1},{2},{3}: sum_ij = 1, sum_a = 1, sum_b = 2, n = 4 (6 pairs)
        // ARI = (1 − 1·2/6) / ((1 + 2)/2 − 1·2/6) = (2/3) / (7/6) = 4/7
        var score = PartitionMetrics.Score([0, 0, 1, 2], [0, 0, 1, 1]);

        // Then
        Assert.Equal(4.0 / 7, score.AdjustedRandIndex, 12);
        Assert.Equal(1, score.PairPrecision);
        Assert.Equal(0.5, score.PairRecall);
    }

    [Fact]
    public void A_negative_label_is_a_cluster_of_one()
    {
        // Given prediction with two ads "in no cluster": they must not count as one cluster
        var score = PartitionMetrics.Score([-1, -1, 0, 0], [0, 1, 2, 2]);

        // Then
        Assert.Equal(1, score.AdjustedRandIndex, 12);
        Assert.Equal(1, score.PredictedPairs);
    }

    [Fact]
    public void Everything_in_one_cluster_scores_zero_against_a_fine_truth()
    {
        var score = PartitionMetrics.Score([0, 0, 0, 0, 0, 0], [0, 0, 1, 1, 2, 2]);
        Assert.Equal(0, score.AdjustedRandIndex, 12);
    }

    [Property(MaxTest = 200)]
    public bool The_index_is_symmetric_and_at_most_one(int[] a, int[] b)
    {
        // Given two labelings of the same items (labels folded to a few clusters)
        var n = Math.Min(a.Length, b.Length);
        if (n < 2) return true;
        var x = a.Take(n).Select(v => Math.Abs(v % 4)).ToArray();
        var y = b.Take(n).Select(v => Math.Abs(v % 3)).ToArray();

        // When
        var xy = PartitionMetrics.Score(x, y);
        var yx = PartitionMetrics.Score(y, x);

        // Then
        var ari = xy.AdjustedRandIndex;
        return (double.IsNaN(ari) && double.IsNaN(yx.AdjustedRandIndex)) || (Math.Abs(ari - yx.AdjustedRandIndex) < 1e-12 && ari <= 1 + 1e-12);
    }

    [Fact]
    public void Labelings_of_different_length_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => PartitionMetrics.Score([0, 1], [0]));
    }
}
