using SixLabors.ImageSharp;
using Workbench.Data;
using Workbench.Evaluation;
using Workbench.Images;
using Workbench.Store;

namespace Workbench.Tests.Images;

public class AdImageHasherTests
{
    [Fact]
    public void Images_referenced_by_ads_are_hashed_beside_the_source_file_and_written_into_the_store()
    {
        // Given: a source file whose ads name local images, one missing, one an absolute path, one a URL
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.File("img"));
        using (var a = SyntheticImages.Generate(2, 0, 120, 120)) a.SaveAsPng(dir.File("img/a.png"));
        using (var b = SyntheticImages.Generate(2, 1, 120, 120)) b.SaveAsJpeg(dir.File("img/b.jpg"));
        var source = dir.Write("ads.jsonl", string.Join('\n',
            """{"ad_id":"ad1","posted_at":"2026-05-01T10:00:00Z","body":"one","image_paths":["img/a.png","img/b.jpg"]}""",
            """{"ad_id":"ad2","posted_at":"2026-05-01T11:00:00Z","body":"two","image_paths":["img/missing.png","/etc/passwd","https://example.org/x.jpg"]}""",
            """{"ad_id":"ad3","posted_at":"2026-05-01T12:00:00Z","body":"three","image_hashes":["00000000000000ff"],"image_paths":["img/a.png"]}""")
            + "\n");
        var key = PseudonymKey.FromHex(PseudonymKey.NewHex(), "test");
        using var store = AdStore.Open(":memory:");
        new Ingestor(store, key).Ingest(source, new IngestOptions { QuarantinePath = dir.File("q.jsonl") });

        // When
        var rows = new AdImageHasher().Hash(source);
        var updated = AdImageHasher.ApplyToStore(store, rows);

        // Then: two images hashed, three refused with a reason; ad1 gets both hashes in order, ad3 keeps its own
        Assert.Equal(6, rows.Count);
        Assert.Equal(3, rows.Count(r => r.Hashes is not null));
        Assert.Contains(rows, r => r.ImagePath == "img/missing.png" && r.Problem!.Contains("not found", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.ImagePath == "/etc/passwd" && r.Problem!.Contains("relative", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.ImagePath.StartsWith("https", StringComparison.Ordinal) && r.Hashes is null);
        Assert.Equal(1, updated);
        var stored = ImageReuseDetector.ReadStore(store).ToDictionary(a => a.AdId);
        var expected = new[] { new ImageHasher().Hash(dir.File("img/a.png")).PHash, new ImageHasher().Hash(dir.File("img/b.jpg")).PHash };
        Assert.Equal(expected, stored["ad1"].Hashes);
        Assert.Empty(stored["ad2"].Hashes);
        Assert.Equal([255UL], stored["ad3"].Hashes);
        // No image bytes entered the store: only the 16-hex hashes
        Assert.Equal(0L, store.Scalar<long>("SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 'image%'"));
    }

    [Fact]
    public void The_store_gets_nine_window_hashes_per_image_in_image_order_and_only_with_the_phash()
    {
        // Given: an ingested ad with two local images
        using var dir = new TempDir();
        using (var a = SyntheticImages.Generate(6, 0, 120, 100)) a.SaveAsPng(dir.File("a.png"));
        using (var b = SyntheticImages.Generate(6, 1, 100, 120)) b.SaveAsPng(dir.File("b.png"));
        var source = dir.Write("ads.jsonl",
            """{"ad_id":"ad1","posted_at":"2026-05-01T10:00:00Z","body":"one","image_paths":["a.png","b.png"]}""" + "\n");
        using var store = AdStore.Open(":memory:");
        new Ingestor(store, PseudonymKey.FromHex(PseudonymKey.NewHex(), "test")).Ingest(source, new IngestOptions { QuarantinePath = dir.File("q.jsonl") });

        // When
        var rows = new AdImageHasher().Hash(source);
        AdImageHasher.ApplyToStore(store, rows);

        // Then: 18 window hashes, those of a.png then those of b.png, as HashWithCrops computes them
        var stored = Assert.Single(ImageReuseDetector.ReadStore(store));
        var expected = new[] { "a.png", "b.png" }.SelectMany(f =>
        {
            using var stream = File.OpenRead(dir.File(f));
            return new ImageHasher().HashWithCrops(stream).Crops.Windows;
        });
        Assert.Equal(expected, stored.WindowHashes!);
        Assert.Equal(2 * CropMatchOptions.DefaultWindows.Count, store.ReadAds().Single().ImageWindowHashes.Count);

        // And: hashing with the dHash writes no windows (they are DCT hashes)
        AdImageHasher.ApplyToStore(store, rows, ImageHashKind.DHash, replace: true);
        Assert.Null(Assert.Single(ImageReuseDetector.ReadStore(store)).WindowHashes);
    }

    [Fact]
    public void A_store_written_before_window_hashes_is_read_and_hashing_again_adds_the_windows()
    {
        // Given: a store file whose ads table has no image_window_hashes column, and an ad hashed without windows
        using var dir = new TempDir();
        using (var a = SyntheticImages.Generate(6, 2, 120, 100)) a.SaveAsPng(dir.File("a.png"));
        var source = dir.Write("ads.jsonl",
            """{"ad_id":"ad1","posted_at":"2026-05-01T10:00:00Z","body":"one","image_paths":["a.png"]}""" + "\n");
        var path = dir.File("old.duckdb");
        using (var store = AdStore.Open(path))
        {
            new Ingestor(store, PseudonymKey.FromHex(PseudonymKey.NewHex(), "test")).Ingest(source, new IngestOptions { QuarantinePath = dir.File("q.jsonl") });
            Assert.Equal(1, AdImageHasher.ApplyToStore(store, new AdImageHasher().Hash(source, windows: false)));
            store.Execute("ALTER TABLE ads DROP COLUMN image_window_hashes");
        }

        // When: opened again, read, then hashed again without replace
        using var reopened = AdStore.Open(path);
        var before = Assert.Single(ImageReuseDetector.ReadStore(reopened));
        var ad = Assert.Single(reopened.ReadAds());
        var updated = AdImageHasher.ApplyToStore(reopened, new AdImageHasher().Hash(source));

        // Then: the old ad reads with its hash and no windows; the second pass keeps the hash and adds the windows
        Assert.Single(before.Hashes);
        Assert.Null(before.WindowHashes);
        Assert.Empty(ad.ImageWindowHashes);
        Assert.Equal(1, updated);
        var after = Assert.Single(ImageReuseDetector.ReadStore(reopened));
        Assert.Equal(before.Hashes, after.Hashes);
        Assert.Equal(CropMatchOptions.DefaultWindows.Count, after.WindowHashes!.Count);
    }
}
