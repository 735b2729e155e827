using SixLabors.ImageSharp;
using Workbench.Evaluation;

namespace Workbench.Tests;

[Collection("cli")]
public class ImagesCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("images", "--threshold")]
    [InlineData("eval images", "--images")]
    [InlineData("bench images", "--hashes")]
    public void Every_image_verb_has_help(string verb, string option)
    {
        var result = CliRunner.Run(null, [.. verb.Split(' '), "--help"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(option, result.Out);
    }

    [Fact]
    public void Images_writes_every_hash_and_the_pair_of_an_image_with_its_edited_copy()
    {
        // Given: three drawings, a watermarked and re-encoded copy of the first in a subfolder, and a broken file
        var input = _dir.File("in");
        Directory.CreateDirectory(Path.Combine(input, "sub"));
        for (var i = 0; i < 3; i++)
        {
            using var image = SyntheticImages.Generate(1, i, 200, 150);
            image.SaveAsPng(Path.Combine(input, $"img{i}.png"));
            if (i == 0)
            {
                using var copy = ImageTransform.Chain("c", ImageTransform.Resize(0.5), ImageTransform.Watermark("COPY", 0.1, 0.7, false)).Apply(image);
                copy.SaveAsJpeg(Path.Combine(input, "sub", "copy.jpg"));
            }
        }
        File.WriteAllText(Path.Combine(input, "broken.jpg"), "not an image");
        var output = _dir.File("out");

        // When
        var result = CliRunner.Run(null, "images", "--in", input, "--out", output);

        // Then
        Assert.True(result.ExitCode == 0, result.Error + result.Out);
        var hashes = File.ReadAllLines(Path.Combine(output, "hashes.csv"));
        Assert.Equal("path,dhash,phash", hashes[0]);
        Assert.Equal(["img0.png", "img1.png", "img2.png", "sub/copy.jpg"], hashes.Skip(1).Select(l => l.Split(',')[0]));
        Assert.All(hashes.Skip(1), l => Assert.Matches("^[^,]+,[0-9a-f]{16},[0-9a-f]{16}$", l));
        var matches = File.ReadAllLines(Path.Combine(output, "matches.csv"));
        Assert.Equal("path_a,path_b,distance", matches[0]);
        var pair = Assert.Single(matches.Skip(1));
        Assert.StartsWith("img0.png,sub/copy.jpg,", pair, StringComparison.Ordinal);
        Assert.Contains("broken.jpg", result.Out);
    }

    [Fact]
    public void Images_with_crops_pairs_a_corner_crop_that_the_global_hash_misses()
    {
        // Given: two drawings and a 10% corner crop of the first
        var input = _dir.File("in");
        Directory.CreateDirectory(input);
        for (var i = 0; i < 2; i++)
        {
            using var image = SyntheticImages.Generate(1, i, 240, 240);
            image.SaveAsPng(Path.Combine(input, $"img{i}.png"));
            if (i == 0)
            {
                using var crop = ImageTransform.Crop(0.10, corner: true).Apply(image);
                crop.SaveAsJpeg(Path.Combine(input, "crop.jpg"));
            }
        }

        // When
        var plain = CliRunner.Run(null, "images", "--in", input, "--out", _dir.File("plain"));
        var crops = CliRunner.Run(null, "images", "--in", input, "--out", _dir.File("crops"), "--crops");

        // Then
        Assert.True(plain.ExitCode == 0 && crops.ExitCode == 0, plain.Error + crops.Error);
        Assert.Single(File.ReadAllLines(Path.Combine(_dir.File("plain"), "matches.csv")));
        var pair = Assert.Single(File.ReadAllLines(Path.Combine(_dir.File("crops"), "matches.csv")).Skip(1));
        Assert.StartsWith("crop.jpg,img0.png,", pair, StringComparison.Ordinal);
        Assert.Contains("crop-tolerant", crops.Out);
        Assert.Equal(2, CliRunner.Run(null, "images", "--in", input, "--crops", "--hash", "dhash").ExitCode);
    }

    [Fact]
    public void Images_of_a_missing_folder_fails_with_one_line()
    {
        var result = CliRunner.Run(null, "images", "--in", _dir.File("nope"), "--out", _dir.File("out"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nope", result.Error);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public void Images_without_input_or_with_both_inputs_is_a_usage_error()
    {
        Assert.Equal(2, CliRunner.Run(null, "images", "--out", _dir.File("o")).ExitCode);
        Assert.Equal(2, CliRunner.Run(null, "images", "--in", "a", "--ads", "b").ExitCode);
    }

    [Fact]
    public void Eval_images_prints_the_chosen_threshold_with_precision_and_recall()
    {
        var result = CliRunner.Run(null, "eval", "images", "--images", "4", "--size", "64", "--corpus-ads", "3000", "--out", _dir.File("eval"));
        Assert.True(result.ExitCode == 0, result.Error + result.Out);
        Assert.Contains("chosen t", result.Out);
        Assert.Contains("P test", result.Out);
        Assert.Contains("jpeg q30", result.Out);
        var roc = File.ReadAllLines(Path.Combine(_dir.File("eval"), "roc.csv"));
        // pHash and dHash, direct and mirror-invariant, and the crop-tolerant rule, direct and mirror-invariant
        Assert.Equal(1 + (6 * 65), roc.Length);
        Assert.Contains("crop-tolerant", result.Out);
        Assert.Contains("false matches", result.Out);
        // Corpus-level reuse recall with and without window hashes
        var text = System.Text.RegularExpressions.Regex.Replace(result.Out, @"\s+", " ");
        Assert.Matches(@"Cropped copies in a reuse group with another showing of their photo: [0-9.]+ % with global hashes only, [0-9.]+ % with window hashes", text);
    }

    [Fact]
    public void Bench_images_runs_small_and_reports_every_index()
    {
        var result = CliRunner.Run(null, "bench", "images", "--images", "4", "--hashes", "3000", "--queries", "20");
        Assert.True(result.ExitCode == 0, result.Error + result.Out);
        Assert.Contains("multi-index", result.Out);
        Assert.Contains("BK-tree", result.Out);
        Assert.Contains("images/s", result.Out);
        Assert.Contains("Crop-tolerant index", result.Out);
    }
}
