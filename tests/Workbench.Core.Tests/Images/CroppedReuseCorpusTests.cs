using Workbench.Evaluation;
using Workbench.Images;
using Workbench.Synthetic;
using Xunit.Abstractions;

namespace Workbench.Tests.Images;

/// <summary>The synthetic corpus with planted cropped copies, scored with and without window hashes.</summary>
public class CroppedReuseCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void Without_cropped_images_the_corpus_carries_no_window_hashes_and_every_image_is_a_planted_photo()
    {
        var corpus = SyntheticCorpus.Generate(new SyntheticOptions { Ads = 2_000, Seed = 5 }).ToList();
        Assert.All(corpus, x => Assert.Empty(x.Ad.ImageWindowHashes));
        Assert.All(corpus, x => Assert.Equal(x.Ad.ImageHashes.Count, x.Truth.ImageIds.Count));
        Assert.All(corpus, x => Assert.DoesNotContain(true, x.Truth.CroppedImages));
    }

    [Fact]
    public void Planted_crops_join_their_photos_groups_with_windows_and_stock_detection_still_finds_the_spam_pool()
    {
        // Given: a corpus in which a tenth of the images shown are cropped copies (an assumed rate, not a measured one)
        var corpus = SyntheticCorpus.Generate(new SyntheticOptions { Ads = 15_000, Seed = 3, CroppedImageProbability = 0.1 }).ToList();
        var ads = corpus.Select(x => new AdImages(x.Ad.AdId, x.Truth.Phones,
            x.Ad.ImageHashes.Select(ImageHashText.Parse).ToArray(), x.Ad.ImageWindowHashes.Select(ImageHashText.Parse).ToArray())).ToList();
        var truth = corpus.Select(x => x.Truth).ToList();
        Assert.All(corpus, x => Assert.Equal(x.Ad.ImageHashes.Count * CropMatchOptions.DefaultWindows.Count, x.Ad.ImageWindowHashes.Count));

        // When
        var with = new ImageReuseDetector().Fit(ads);
        var without = new ImageReuseDetector(new ImageReuseOptions { UseWindowHashes = false }).Fit(ads);
        var scoreWith = ImageReuseEvaluation.ScorePhotos(ads, with, truth);
        var scoreWithout = ImageReuseEvaluation.ScorePhotos(ads, without, truth);
        output.WriteLine($"with windows: recall {scoreWith.Recall:P1}, cropped {scoreWith.CroppedRecall:P1} of {scoreWith.CroppedShowings}, whole {scoreWith.WholeRecall:P1}, mixing groups {scoreWith.GroupsMixingPhotos}, window-only links {with.WindowOnlyLinks}, distinct hashes {with.DistinctHashes}");
        output.WriteLine($"without:      recall {scoreWithout.Recall:P1}, cropped {scoreWithout.CroppedRecall:P1}, whole {scoreWithout.WholeRecall:P1}, mixing groups {scoreWithout.GroupsMixingPhotos}");

        // Then: crops are found through windows (two different crops of a photo never shown whole cannot be), whole
        // showings lose nothing, and groups mix planted photos no more than chance links explain
        Assert.True(scoreWith.CroppedShowings >= 500, $"only {scoreWith.CroppedShowings} cropped showings: the corpus is too small");
        Assert.True(scoreWith.CroppedRecall >= 0.9, $"cropped recall with windows {scoreWith.CroppedRecall:P1}");
        Assert.True(scoreWith.CroppedRecall >= scoreWithout.CroppedRecall + 0.3, $"cropped recall {scoreWith.CroppedRecall:P1} with, {scoreWithout.CroppedRecall:P1} without windows");
        Assert.True(scoreWith.WholeRecall >= scoreWithout.WholeRecall);
        Assert.True(with.WindowOnlyLinks > 0);
        // Planted hashes are uniformly random, so chance links exist: each pair of distinct hashes gets 19 chances
        // (global–global and each global against the other's 9 windows) at P(d ≤ 8) ≈ 2.8·10⁻¹⁰ each.
        var expectedChance = with.DistinctHashes * (double)with.DistinctHashes / 2 * 19 * 2.78e-10;
        Assert.True(scoreWith.GroupsMixingPhotos <= (3 * expectedChance) + 2,
            $"{scoreWith.GroupsMixingPhotos} groups mix planted photos; chance links expected: {expectedChance:F1}");

        // And: the photos shown by several planted advertisers (the spam pool) are still flagged as stock
        var actorOf = corpus.ToDictionary(x => x.Ad.AdId, x => x.Truth.ActorId);
        var crossActor = with.Groups.Where(g => g.PhoneTokens.Count >= 2 && g.AdIds.Select(a => actorOf[a]).Distinct().Count() >= 2).ToList();
        var recall = crossActor.Count(g => g.IsStockCandidate) / (double)crossActor.Count;
        Assert.True(recall >= 0.9, $"stock recall {recall:P1} over {crossActor.Count} cross-advertiser groups");
    }
}
