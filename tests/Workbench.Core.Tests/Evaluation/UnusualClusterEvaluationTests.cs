using Workbench.Anomalies;
using Workbench.Evaluation;

namespace Workbench.Tests.Evaluation;

public class UnusualClusterEvaluationTests
{
    private static ClusterAnomaly Cluster(string id, int pcaRank, int forestRank) =>
        new("actor", id, 10, new AnomalyScore(id, 1.0 / pcaRank, pcaRank, []), new AnomalyScore(id, 1.0 / forestRank, forestRank, []));

    [Fact]
    public void Auc_of_a_known_ranking_counts_the_pairs_a_planted_item_wins()
    {
        // Given planted ranks 1 and 3 among others 2, 4 and 5: rank 1 beats all three, rank 3 beats two
        // When
        var auc = AnomalyEvaluation.Auc([1, 3], [2, 4, 5]);
        // Then
        Assert.Equal(5.0 / 6.0, auc, 12);
    }

    [Fact]
    public void Auc_counts_ties_half_and_is_undefined_without_one_side()
    {
        Assert.Equal(0.5, AnomalyEvaluation.Auc([2], [2]), 12);
        Assert.Equal(1.0, AnomalyEvaluation.Auc([1, 2], [3, 4]), 12);
        Assert.Equal(0.0, AnomalyEvaluation.Auc([3, 4], [1, 2]), 12);
        Assert.True(double.IsNaN(AnomalyEvaluation.Auc([], [1])));
        Assert.True(double.IsNaN(AnomalyEvaluation.Auc([1], [])));
    }

    [Fact]
    public void Unusual_clusters_reports_ranks_median_top_share_and_auc_per_scorer_and_kind()
    {
        // Given 20 clusters; planted: a (pca 1, forest 4), b (pca 6, forest 2), c (pca 20, forest 19), and d, not scored
        var scored = new List<ClusterAnomaly> { Cluster("a", 1, 4), Cluster("b", 6, 2), Cluster("c", 20, 19) };
        int[] pcaLeft = [2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19];
        int[] forestLeft = [1, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 20];
        for (var i = 0; i < pcaLeft.Length; i++) scored.Add(Cluster("o" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), pcaLeft[i], forestLeft[i]));
        var planted = new Dictionary<string, string> { ["a"] = "phone_churn", ["b"] = "phone_churn", ["c"] = "flash_burst", ["d"] = "teleporting" };

        // When
        var report = AnomalyEvaluation.UnusualClusters(scored, planted);

        // Then
        Assert.Equal(20, report.Clusters);
        Assert.Equal(3, report.Planted);
        Assert.Equal([new PlantedRank("d", "teleporting", 0)], report.NotScored);
        Assert.Equal(["mean rank", "pca", "iforest"], report.Scorers.Select(s => s.Scorer));
        var pca = report.Scorers[1];
        Assert.Equal([1, 6, 20], pca.Planted.Select(p => p.Rank));
        Assert.Equal(6, pca.MedianRank);
        Assert.Equal(1.0 / 3.0, pca.TopShare, 12); // the top 5% of 20 is rank 1
        // pca: rank 1 beats 17 others, rank 6 beats 13 (7..19), rank 20 beats none
        Assert.Equal(30.0 / 51.0, pca.Auc, 12);
        Assert.Equal([1, 6], pca.RanksOf("phone_churn"));
        Assert.Equal([20], pca.RanksOf("flash_burst"));
        Assert.Equal(["flash_burst", "phone_churn"], pca.Groups);
        var forest = report.Scorers[2];
        Assert.Equal([2, 4, 19], forest.Planted.Select(p => p.Rank));
        // Mean of both ranks: a 2.5, b 4, c 19.5, which ties with o16 (19, 20) and wins the tie by id; o00 (2, 1) leads
        var mean = report.Scorers[0];
        Assert.Equal([2, 4, 19], mean.Planted.Select(p => p.Rank));
        Assert.Equal(32.0 / 51.0, mean.Auc, 12);
    }

    [Fact]
    public void Unusual_clusters_with_nothing_planted_gives_undefined_summaries_and_rejects_a_bad_fraction()
    {
        var scored = new[] { Cluster("x", 1, 2), Cluster("y", 2, 1) };
        var report = AnomalyEvaluation.UnusualClusters(scored, new Dictionary<string, string>());
        Assert.Equal(0, report.Planted);
        Assert.All(report.Scorers, s => Assert.True(double.IsNaN(s.MedianRank) && double.IsNaN(s.Auc)));
        Assert.Throws<ArgumentOutOfRangeException>(() => AnomalyEvaluation.UnusualClusters(scored, new Dictionary<string, string>(), 0));
    }
}
