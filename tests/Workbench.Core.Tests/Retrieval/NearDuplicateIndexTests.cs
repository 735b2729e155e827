using Workbench.Retrieval;
using Workbench.Synthetic;
using Xunit.Abstractions;

namespace Workbench.Tests.Retrieval;

public class NearDuplicateIndexTests(ITestOutputHelper output)
{
    private static readonly Lazy<List<SyntheticAd>> Ads = new(() => SyntheticCorpus.Generate(new SyntheticOptions { Ads = 5_000, Seed = 3 }).ToList());

    [Fact]
    public void More_like_this_finds_the_ads_whose_shingles_truly_overlap_and_ranks_them_by_similarity()
    {
        // Given the near-duplicate index of a synthetic corpus and exact shingle sets for checking
        var ads = Ads.Value;
        var options = new NearDuplicateOptions { Threshold = 0.5, Seed = 1 };
        var index = NearDuplicateIndex.Build(ads.Select(a => a.Ad), options);
        var shingles = new WordShingles(options.ShingleSize);
        var sets = ads.ToDictionary(a => a.Ad.AdId, a => shingles.Of((a.Ad.Title ?? "") + "\n" + a.Ad.Body));
        var random = new Random(17);
        int truePairs = 0, foundPairs = 0, returned = 0, returnedAbove = 0;
        for (var q = 0; q < 60; q++)
        {
            var query = ads[random.Next(ads.Count)].Ad.AdId;
            // When
            var like = index.MoreLikeThis(query, top: 1_000);
            // Then every result is above the threshold by estimate, sorted, and mostly truly near
            Assert.Equal(like.OrderByDescending(x => x.Similarity).Select(x => x.Similarity), like.Select(x => x.Similarity));
            Assert.DoesNotContain(like, x => x.AdId == query);
            var found = like.Select(x => x.AdId).ToHashSet();
            foreach (var (id, set) in sets)
            {
                if (id == query) continue;
                var j = Jaccard(sets[query], set);
                if (j >= 0.7)
                {
                    truePairs++;
                    if (found.Contains(id)) foundPairs++;
                }
            }
            foreach (var x in like)
            {
                returned++;
                if (Jaccard(sets[query], sets[x.AdId]) >= 0.35) returnedAbove++;
            }
        }
        output.WriteLine($"pairs with exact Jaccard ≥ 0.7 found {foundPairs}/{truePairs}; returned with exact Jaccard ≥ 0.35: {returnedAbove}/{returned}; banding {index.Banding}");
        Assert.True(truePairs > 50, "the corpus should hold reposts and templates");
        Assert.True(foundPairs >= 0.95 * truePairs, $"recall {foundPairs}/{truePairs}");
        Assert.True(returnedAbove >= 0.95 * returned, $"precision {returnedAbove}/{returned}");
    }

    [Fact]
    public void The_same_seed_builds_the_same_index()
    {
        var ads = Ads.Value.Take(500).Select(a => a.Ad).ToList();
        var a = NearDuplicateIndex.Build(ads, new NearDuplicateOptions { Seed = 9 });
        var b = NearDuplicateIndex.Build(ads, new NearDuplicateOptions { Seed = 9 });
        foreach (var ad in ads.Take(50)) Assert.Equal(a.MoreLikeThis(ad.AdId), b.MoreLikeThis(ad.AdId));
        Assert.Throws<ArgumentException>(() => a.MoreLikeThis("no-such-ad"));
    }

    private static double Jaccard(HashSet<ulong> a, HashSet<ulong> b)
    {
        if (a.Count == 0 && b.Count == 0) return 1;
        var inter = a.Count(b.Contains);
        return (double)inter / (a.Count + b.Count - inter);
    }
}
