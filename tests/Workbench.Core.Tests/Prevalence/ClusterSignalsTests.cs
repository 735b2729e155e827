using Workbench.Clustering;
using Workbench.Data;
using Workbench.Prevalence;
using Workbench.Review;
using Workbench.Synthetic;

namespace Workbench.Tests.Prevalence;

/// <summary>Which micro-clusters count as carrying a signal of organized activity in the prevalence rates.</summary>
public class ClusterSignalsTests
{
    private static readonly Lazy<(List<Ad> Ads, IReadOnlyList<ReviewCandidate> Candidates, WeakSupervisionResult Weak)> Small = new(() =>
    {
        var p = new Pseudonymizer(PseudonymKey.FromHex(new string('b', 64), "test"));
        var ads = SyntheticCorpus.Generate(SyntheticOptions.OrganizedHeavy with { Ads = 3_000, Seed = 9 }).Select(g => p.Apply(g.Ad).Ad).ToList();
        var candidates = ReviewFeatures.Build(ads, new MicroClusterDetector().Fit(ads).Result);
        return (ads, candidates, WeakSupervision.Fit(candidates));
    });

    [Fact]
    public void Without_labels_a_cluster_carries_a_signal_exactly_when_the_label_model_says_at_least_one_half()
    {
        // Given the candidates and the cold-start label model
        var (_, candidates, weak) = Small.Value;
        // When assigned
        var clusters = ClusterSignals.FromReview(candidates, weak);
        // Then every member ad is in its micro-cluster, and the signal follows the model
        for (var i = 0; i < candidates.Count; i++)
        {
            var id = ClusterSignals.Id(candidates[i].ClusterId);
            Assert.All(candidates[i].AdIds, ad => Assert.True(clusters.TryGetCluster(ad, out var c) && c == id));
            Assert.Equal(weak.Probabilities[i] >= ClusterSignals.DefaultThreshold, clusters.HasSignal(id));
        }
        Assert.Contains(candidates, c => clusters.HasSignal(ClusterSignals.Id(c.ClusterId)));
        Assert.Contains(candidates, c => !clusters.HasSignal(ClusterSignals.Id(c.ClusterId)));
    }

    [Fact]
    public void A_reviewer_judgement_overrides_the_label_model_both_ways()
    {
        // Given one cluster the model flags and one it does not
        var (_, candidates, weak) = Small.Value;
        var flagged = Enumerable.Range(0, candidates.Count).First(i => weak.Probabilities[i] >= 0.5);
        var unflagged = Enumerable.Range(0, candidates.Count).First(i => weak.Probabilities[i] < 0.5);
        // When a reviewer rates the first 1 (no organized activity) and the second 5
        Label Rate(int i, int rating) => Label.New(LabelTargetKind.MicroCluster, candidates[i].ClusterId.ToString(System.Globalization.CultureInfo.InvariantCulture), "rv1", "read the ads", rating);
        var clusters = ClusterSignals.FromReview(candidates, weak, [Rate(flagged, 1), Rate(unflagged, 5)]);
        // Then the judgements decide
        Assert.False(clusters.HasSignal(ClusterSignals.Id(candidates[flagged].ClusterId)));
        Assert.True(clusters.HasSignal(ClusterSignals.Id(candidates[unflagged].ClusterId)));
    }

    [Fact]
    public void Rates_count_clusters_and_clusters_with_signals_and_never_more_with_signals_than_all()
    {
        // Given the assignment and the ads as prevalence reads them
        var (ads, candidates, weak) = Small.Value;
        var clusters = ClusterSignals.FromReview(candidates, weak);
        var activity = ads.Select(a => new AdActivity(a.AdId, a.PostedAt, a.Site, a.City, a.Province, a.Phones)).ToList();
        // When rated
        var rates = new RateEstimator(new RateOptions { BootstrapReplicates = 30 }).Fit(activity, clusters);
        // Then nationally: all clusters are counted, and those with signals are a part of them
        var all = rates.Select(RateDimension.National, RateMeasure.Clusters).Single();
        var withSignal = rates.Select(RateDimension.National, RateMeasure.ClustersWithSignal).Single();
        Assert.Equal(candidates.Count, all.Count);
        Assert.Equal(candidates.Count(c => clusters.HasSignal(ClusterSignals.Id(c.ClusterId))), withSignal.Count ?? 0);
        foreach (var cell in rates.Select(RateDimension.Province, RateMeasure.ClustersWithSignal).Where(c => c.Count is not null))
        {
            var total = rates.Select(RateDimension.Province, RateMeasure.Clusters).Single(c => c.Key == cell.Key);
            Assert.True(cell.Count <= total.Count, cell.Key);
        }
    }
}
