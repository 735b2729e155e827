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
}
