using Workbench.Clustering;
using Workbench.Review;
using Workbench.Synthetic;

namespace Workbench.Tests.Review;

/// <summary>The review features against their definitions, whatever computes them.</summary>
public class ReviewFeaturesTests
{
    private static readonly Lazy<(IReadOnlyList<Workbench.Data.Ad> Ads, MicroClusterResult Clusters)> Corpus = new(() =>
    {
        var ads = SyntheticCorpus.Generate(SyntheticOptions.OrganizedHeavy with { Ads = 3_000, Seed = 9 }).Select(g => g.Ad).ToList();
        return (ads, new MicroClusterDetector().Fit(ads).Result);
    });

    [Fact]
    public void The_size_contact_image_and_time_features_follow_their_definitions_for_every_cluster()
    {
        // Given a corpus and its micro-clusters
        var (ads, clusters) = Corpus.Value;
        var byId = ads.ToDictionary(a => a.AdId, StringComparer.Ordinal);
        // When the review candidates are built
        var candidates = ReviewFeatures.Build(ads, clusters);
        // Then each shared feature equals its definition over the members, to the bit
        Assert.Equal(clusters.Clusters.Count, candidates.Count);
        foreach (var c in candidates)
        {
            var m = c.AdIds.Select(id => byId[id]).ToList();
            var n = m.Count;
            var phones = m.SelectMany(a => a.Phones).Distinct().Count();
            var span = Math.Max(1, (m.Max(a => a.PostedAt) - m.Min(a => a.PostedAt)).TotalDays);
            Assert.Equal((float)Math.Log(n), c.Features[ReviewFeatures.Index("log_ads")]);
            Assert.Equal(phones, c.Features[ReviewFeatures.Index("phones")]);
            Assert.Equal((float)((double)phones / n), c.Features[ReviewFeatures.Index("phones_per_ad")]);
            Assert.Equal(m.SelectMany(a => a.ImageHashes).Distinct().Count(), c.Features[ReviewFeatures.Index("images")]);
            Assert.Equal((float)span, c.Features[ReviewFeatures.Index("span_days")]);
            Assert.Equal((float)(n / span), c.Features[ReviewFeatures.Index("ads_per_day")]);
            Assert.Equal(m.SelectMany(a => a.Names).Select(s => s.ToLowerInvariant()).Distinct().Count(), c.Features[ReviewFeatures.Index("names")]);
            Assert.Equal(m.Where(a => a.City is not null).Select(a => a.City).Distinct().Count(), c.Features[ReviewFeatures.Index("cities")]);
            Assert.Equal(m.Min(a => a.PostedAt), c.FirstPost);
            Assert.Equal(m.Max(a => a.PostedAt), c.LastPost);
        }
    }

    [Fact]
    public void The_features_do_not_depend_on_the_order_of_the_ads()
    {
        var (ads, clusters) = Corpus.Value;
        var shuffled = ads.ToArray();
        new Random(4).Shuffle(shuffled);
        var a = ReviewFeatures.Build(ads, clusters);
        var b = ReviewFeatures.Build(shuffled, clusters);
        Assert.Equal(a.Select(c => c.Features), b.Select(c => c.Features));
    }
}
