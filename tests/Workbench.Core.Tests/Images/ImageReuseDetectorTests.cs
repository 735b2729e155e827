using Workbench.Images;
using Workbench.Synthetic;

namespace Workbench.Tests.Images;

public class ImageReuseDetectorTests
{
    private static AdImages Ad(string id, string[] phones, params ulong[] hashes) => new(id, phones, hashes);

    [Fact]
    public void Hashes_a_few_bits_apart_form_one_group_and_distant_ones_do_not()
    {
        // Given: hash A, a copy of A 3 bits away, and an unrelated hash B in four ads
        const ulong a = 0x0123456789abcdefUL;
        var ads = new[]
        {
            Ad("1", ["ph_1"], a), Ad("2", ["ph_1"], a ^ 0b111), Ad("3", ["ph_2"], ~a), Ad("4", ["ph_3"], ~a ^ (0xFFFFFUL << 20)),
        };
        // When
        var result = new ImageReuseDetector().Fit(ads);
        // Then: one group of two ads; ~a and its 20-bit-away variant stay apart
        var group = Assert.Single(result.Groups);
        Assert.Equal(["1", "2"], group.AdIds);
        Assert.Equal(2, group.Hashes.Count);
        Assert.Equal(4, result.DistinctHashes);
    }

    [Fact]
    public void A_photo_shown_by_unrelated_phones_is_a_stock_candidate_and_one_shared_within_an_advertiser_is_not()
    {
        // Given: stock photo S with three phones that share nothing else; persona photos P and Q with two phones that share both
        const ulong s = 0x1111222233334444UL, p = 0x5555666677778888UL, q = 0x99990000aaaabbbbUL;
        var ads = new[]
        {
            Ad("s1", ["ph_a"], s), Ad("s2", ["ph_b"], s), Ad("s3", ["ph_c"], s),
            Ad("p1", ["ph_x"], p, q), Ad("p2", ["ph_y"], p), Ad("p3", ["ph_y"], q),
        };
        // When
        var result = new ImageReuseDetector().Fit(ads);
        // Then
        var stock = result.Groups.Single(g => g.AdIds.Contains("s1"));
        Assert.True(stock.IsStockCandidate);
        Assert.Equal(3, stock.UnrelatedPhoneSets);
        var persona = result.Groups.Single(g => g.AdIds.Contains("p2"));
        Assert.False(persona.IsStockCandidate);
        Assert.Equal(1, persona.UnrelatedPhoneSets);
        // Phone sets: 5 tokens alone; persona links join x and y; stock links would join a, b and c as well
        Assert.Equal(5, result.PhoneSetsBefore);
        Assert.Equal(4, result.PhoneSetsAfter);
        Assert.Equal(2, result.PhoneSetsAfterAll);
    }

    [Fact]
    public void On_the_synthetic_corpus_stock_candidates_are_the_spam_pool_and_other_groups_stay_within_one_advertiser()
    {
        // Given: a seeded corpus whose spam draws photos from a shared pool, everyone else reusing their own
        var corpus = SyntheticCorpus.Generate(new SyntheticOptions { Ads = 15_000, Seed = 3 }).ToList();
        var truth = corpus.ToDictionary(x => x.Ad.AdId, x => x.Truth);
        var ads = corpus.Select(x => new AdImages(x.Ad.AdId, x.Truth.Phones,
            x.Ad.ImageHashes.Select(ImageHashText.Parse).ToArray()));
        // When
        var result = new ImageReuseDetector().Fit(ads);
        // Then
        int Actors(ImageReuseGroup g) => g.AdIds.Select(a => truth[a].ActorId).Distinct().Count();
        var multiPhone = result.Groups.Where(g => g.PhoneTokens.Count >= 2).ToList();
        var crossActor = multiPhone.Where(g => Actors(g) >= 2).ToList();
        var flagged = multiPhone.Where(g => g.IsStockCandidate).ToList();
        var ordinary = multiPhone.Where(g => !g.IsStockCandidate).ToList();
        Assert.True(crossActor.Count >= 20, $"only {crossActor.Count} cross-advertiser groups: the test corpus is too small");
        // Recall: nearly every photo shown by several planted advertisers is flagged
        var recall = crossActor.Count(g => g.IsStockCandidate) / (double)crossActor.Count;
        Assert.True(recall >= 0.9, $"stock recall {recall:P1}");
        // Every flagged photo comes from the spam pool (all its ads are spam), whether one or several spam actors used it so
        // far, or from the planted phone-churn actor, which shows its own photos beside a fresh burner number on nearly
        // every ad: many unrelated phone sets, which is what the stock rule looks for.
        var spamShare = flagged.Count(g => g.AdIds.All(a => truth[a].ActorType == ActorType.Spam || truth[a].UnusualKind == UnusualKind.PhoneChurn))
            / (double)flagged.Count;
        Assert.True(spamShare >= 0.95, $"spam share among candidates {spamShare:P1}");
        // Ordinary reuse joins phones of one advertiser
        var within = ordinary.Count(g => Actors(g) == 1) / (double)ordinary.Count;
        Assert.True(within >= 0.97, $"ordinary groups within one advertiser {within:P1}");
    }

    [Fact]
    public void The_same_ads_give_the_same_groups()
    {
        var corpus = SyntheticCorpus.Generate(new SyntheticOptions { Ads = 3_000, Seed = 9 }).ToList();
        IEnumerable<AdImages> Ads() => corpus.Select(x => new AdImages(x.Ad.AdId, x.Truth.Phones, x.Ad.ImageHashes.Select(ImageHashText.Parse).ToArray()));
        var a = new ImageReuseDetector().Fit(Ads());
        var b = new ImageReuseDetector().Fit(Ads().Reverse());
        Assert.Equal(a.Groups.Select(g => (g.GroupId, g.AdIds.Count, g.IsStockCandidate)), b.Groups.Select(g => (g.GroupId, g.AdIds.Count, g.IsStockCandidate)));
    }

    [Fact]
    public void Bad_settings_are_rejected_when_fitting()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ImageReuseDetector(new ImageReuseOptions { MinUnrelatedPhoneSets = 1 }).Fit([]));
        Assert.Contains("MinUnrelatedPhoneSets", ex.Message);
    }
}
