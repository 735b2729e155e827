using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using Workbench.Evaluation;
using Workbench.Images;
using Xunit.Abstractions;

namespace Workbench.Tests.Images;

/// <summary>Reuse groups across ads when the ads carry window hashes: cropped re-posts join their original's group.</summary>
public class CroppedReuseTests(ITestOutputHelper output)
{
    private static readonly int K = CropMatchOptions.DefaultWindows.Count;
    private static readonly ImageHasher Hasher = new();

    private static ulong[] Windows(ulong seed)
    {
        var random = new Random((int)(seed % int.MaxValue));
        return Enumerable.Range(0, K).Select(_ => (ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63)).ToArray();
    }

    private static AdImages Ad(string id, string phone, (ulong Global, ulong[] Windows) image) =>
        new(id, [phone], [image.Global], image.Windows);

    [Fact]
    public void A_copy_whose_hash_is_a_window_of_the_original_joins_its_group_only_with_windows()
    {
        // Given: an original, a crop whose global hash is the original's 4th window moved by 2 bits, and an unrelated image
        var original = (Global: 0x0123456789abcdefUL, Windows: Windows(1));
        var crop = (Global: original.Windows[3] ^ 0b101, Windows: Windows(2));
        var other = (Global: ~original.Global, Windows: Windows(3));
        var ads = new[] { Ad("a", "ph_1", original), Ad("b", "ph_2", crop), Ad("c", "ph_3", other) };

        // When
        var with = new ImageReuseDetector().Fit(ads);
        var without = new ImageReuseDetector(new ImageReuseOptions { UseWindowHashes = false }).Fit(ads);

        // Then: one group of the original and the crop, found through the window; none without windows
        var group = Assert.Single(with.Groups);
        Assert.Equal(["a", "b"], group.AdIds);
        Assert.Equal(1, with.WindowOnlyLinks);
        Assert.Equal(3, with.AdsWithWindowHashes);
        Assert.Equal(2, with.PhoneSetsAfter);
        Assert.Empty(without.Groups);
        Assert.Equal(0, without.WindowOnlyLinks);
        Assert.Equal(0, without.AdsWithWindowHashes);
    }

    [Fact]
    public void Ads_without_window_hashes_are_matched_on_global_hashes_and_a_wrong_count_of_windows_is_ignored()
    {
        // Given: an old ad (no windows) and its copy 3 bits away with windows; an ad whose windows are one short
        const ulong a = 0x1111222233334444UL;
        var ads = new[]
        {
            new AdImages("old", ["ph_1"], [a]),
            new AdImages("new", ["ph_2"], [a ^ 0b111], Windows(4)),
            new AdImages("short", ["ph_3"], [~a], Windows(5).Take(K - 1).ToArray()),
        };
        // When
        var result = new ImageReuseDetector().Fit(ads);
        // Then
        Assert.Equal(["new", "old"], Assert.Single(result.Groups).AdIds);
        Assert.Equal(1, result.AdsWithWindowHashes);
        Assert.Equal(0, result.WindowOnlyLinks);
    }

    [Fact]
    public void A_stock_photo_cropped_differently_by_unrelated_advertisers_is_still_a_stock_candidate()
    {
        // Given: one stock photo posted whole by one phone and as crops (two different windows) by two unrelated phones
        var stock = (Global: 0x5555666677778888UL, Windows: Windows(6));
        var ads = new[]
        {
            Ad("s1", "ph_a", stock),
            Ad("s2", "ph_b", (stock.Windows[0] ^ 1, Windows(7))),
            Ad("s3", "ph_c", (stock.Windows[8] ^ 2, Windows(8))),
        };
        // When
        var with = new ImageReuseDetector().Fit(ads);
        var without = new ImageReuseDetector(new ImageReuseOptions { UseWindowHashes = false }).Fit(ads);
        // Then
        var group = Assert.Single(with.Groups);
        Assert.True(group.IsStockCandidate);
        Assert.Equal(3, group.UnrelatedPhoneSets);
        Assert.Equal(2, with.WindowOnlyLinks);
        Assert.Empty(without.Groups);
    }

    [Fact]
    public void The_groups_do_not_depend_on_the_order_of_the_ads()
    {
        // Given: ads over 40 originals, each with a crop and a re-encoded copy, and two different images sharing a hash
        var ads = new List<AdImages>();
        for (var i = 0; i < 40; i++)
        {
            var original = ((ulong)i * 0x9E3779B97F4A7C15UL, Windows((ulong)i + 100));
            ads.Add(Ad($"o{i}", $"ph_o{i}", original));
            ads.Add(Ad($"c{i}", $"ph_c{i}", (original.Item2[i % K] ^ 3, Windows((ulong)i + 200))));
            ads.Add(new AdImages($"r{i}", [$"ph_r{i}"], [original.Item1 ^ 0x10]));
        }
        ads.Add(Ad("x1", "ph_x1", (42UL, Windows(900))));
        ads.Add(Ad("x2", "ph_x2", (42UL, Windows(901))));
        // When
        var a = new ImageReuseDetector().Fit(ads);
        var b = new ImageReuseDetector().Fit(Enumerable.Reverse(ads));
        // Then
        Assert.Equal(a.Groups.Select(g => (g.GroupId, string.Join(',', g.AdIds))), b.Groups.Select(g => (g.GroupId, string.Join(',', g.AdIds))));
        Assert.Equal(a.WindowOnlyLinks, b.WindowOnlyLinks);
    }

    [Fact]
    public void Bad_window_radius_is_rejected_when_fitting()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ImageReuseDetector(new ImageReuseOptions { WindowMaxDistance = 33 }).Fit([]));
        Assert.Contains("WindowMaxDistance", ex.Message);
    }

    /// <summary>
    /// The evaluation on pixels: generated photos (<see cref="SyntheticImages"/>), each posted whole in one ad and with
    /// 10% cut from the top-left corner (<see cref="ImageTransform.Crop"/>) in another, both hashed as posted files.
    /// </summary>
    [Fact]
    public void Generated_photos_and_their_10_percent_corner_crops_share_a_group_with_windows_and_mostly_not_without()
    {
        // Given
        const int photos = 24;
        var crop = ImageTransform.Crop(0.10, corner: true);
        var ads = new AdImages[photos * 2];
        Parallel.For(0, photos, i =>
        {
            using var image = SyntheticImages.Generate(31, i, 320, 240);
            using var cropped = crop.Apply(image);
            ads[2 * i] = AsAd($"p{i:00}", $"ph_p{i}", image);
            ads[(2 * i) + 1] = AsAd($"q{i:00}", $"ph_q{i}", cropped);
        });

        // When
        var with = new ImageReuseDetector().Fit(ads);
        var without = new ImageReuseDetector(new ImageReuseOptions { UseWindowHashes = false }).Fit(ads);

        // Then: nearly every pair is one group with windows (the crop evaluation measured recall 0.947 at radius 8 over
        // all crops), far fewer without; no group ever holds two different photos
        int Paired(ImageReuseResult r) => r.Groups.Count(g => g.AdIds.Count == 2 && g.AdIds[0][1..] == g.AdIds[1][1..]);
        output.WriteLine($"pairs grouped: {Paired(with)} of {photos} with windows, {Paired(without)} without");
        Assert.All(with.Groups.Concat(without.Groups), g => Assert.Single(g.AdIds.Select(a => a[1..]).Distinct()));
        Assert.True(Paired(with) >= photos * 0.85, $"with windows {Paired(with)} of {photos} pairs grouped");
        Assert.True(Paired(without) <= Paired(with) - (photos / 4), $"without windows {Paired(without)}, with {Paired(with)}");
        Assert.Equal(Paired(with) - Paired(without), with.WindowOnlyLinks);
    }

    private static AdImages AsAd(string id, string phone, Image<Rgb24> image)
    {
        var (hashes, crops) = ImageEvaluation.HashAsPosted(Hasher, image, new CropMatchOptions());
        return new AdImages(id, [phone], [hashes.PHash], crops.Windows.ToArray());
    }
}
