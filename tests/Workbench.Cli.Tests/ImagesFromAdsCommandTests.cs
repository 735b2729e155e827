using SixLabors.ImageSharp;
using Workbench.Evaluation;

namespace Workbench.Tests;

[Collection("cli")]
public class ImagesFromAdsCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Images_with_ads_and_a_store_writes_the_hashes_of_local_images_into_the_stored_ads()
    {
        // Given: an ingested ads file whose ad names one local image
        using (var image = SyntheticImages.Generate(4, 0, 100, 100)) image.SaveAsPng(_dir.File("photo.png"));
        var ads = _dir.Write("ads.jsonl",
            """{"ad_id":"a1","posted_at":"2026-05-01T10:00:00Z","body":"hello","image_paths":["photo.png"]}""" + "\n");
        var store = _dir.File("s.duckdb");
        var env = new Dictionary<string, string?> { [Workbench.Data.PseudonymKey.KeyVariable] = new string('a', 64), [Workbench.Data.PseudonymKey.KeyFileVariable] = null };
        Assert.Equal(0, CliRunner.Run(env, "ingest", "--in", ads, "--store", store).ExitCode);

        // When
        var result = CliRunner.Run(env, "images", "--ads", ads, "--store", store, "--out", _dir.File("out"));

        // Then
        Assert.True(result.ExitCode == 0, result.Error + result.Out);
        Assert.Contains("1 stored ads now carry image hashes", result.Out);
        var rows = File.ReadAllLines(Path.Combine(_dir.File("out"), "ad-images.csv"));
        Assert.Equal("ad_id,path,dhash,phash,problem", rows[0]);
        Assert.Matches("^a1,photo.png,[0-9a-f]{16},[0-9a-f]{16},$", rows[1]);
        using var opened = Workbench.Store.AdStore.Open(store);
        Assert.Equal(rows[1].Split(',')[3], opened.Scalar<string>("SELECT image_hashes[1] FROM ads WHERE ad_id = 'a1'"));
        Assert.Equal(9L, opened.Scalar<long>("SELECT len(image_window_hashes) FROM ads WHERE ad_id = 'a1'"));
    }

    [Fact]
    public void Generate_with_cropped_images_writes_window_hashes_and_the_planted_photos()
    {
        // When
        var result = CliRunner.Run(null, "generate", "--ads", "1000", "--seed", "2", "--cropped-images", "0.2", "--out", _dir.File("corpus"), "--quiet");
        // Then
        Assert.True(result.ExitCode == 0, result.Error + result.Out);
        Assert.Contains("\"image_window_hashes\":[", File.ReadAllText(Path.Combine(_dir.File("corpus"), "ads.jsonl")));
        var truth = File.ReadAllText(Path.Combine(_dir.File("corpus"), "truth.jsonl"));
        Assert.Contains("\"image_ids\":[\"im_", truth);
        Assert.Contains("\"cropped_images\":[", truth);
        Assert.Equal(2, CliRunner.Run(null, "generate", "--ads", "100", "--cropped-images", "1.5", "--out", _dir.File("bad")).ExitCode);
    }
}
