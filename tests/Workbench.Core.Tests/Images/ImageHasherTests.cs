using System.Numerics;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using Workbench.Evaluation;
using Workbench.Images;

namespace Workbench.Tests.Images;

public class ImageHasherTests
{
    private static readonly ImageHasher Hasher = new();

    private static Image<Rgb24> Gradient(int width, int height, bool horizontal) =>
        new Image<Rgb24>(width, height).Also(img => img.ProcessPixelRows(a =>
        {
            for (var y = 0; y < a.Height; y++)
            {
                var row = a.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var v = (byte)((horizontal ? x * 255 / (width - 1) : y * 255 / (height - 1)));
                    row[x] = new Rgb24(v, v, v);
                }
            }
        }));

    [Fact]
    public void A_left_to_right_ramp_has_every_difference_bit_set_and_its_mirror_none()
    {
        // Given: grey rising from left to right
        using var ramp = Gradient(200, 120, horizontal: true);
        // When
        var h = Hasher.Hash(ramp);
        // Then: every box is darker than its right neighbour; in the mirror image, none is
        Assert.Equal(ulong.MaxValue, h.DHash);
        Assert.Equal(0UL, h.MirrorDHash);
    }

    [Fact]
    public void A_top_to_bottom_ramp_has_no_difference_bit_set()
    {
        using var ramp = Gradient(200, 120, horizontal: false);
        Assert.Equal(0UL, Hasher.Hash(ramp).DHash);
    }

    [Fact]
    public void The_DCT_hash_sets_exactly_half_its_bits_because_it_splits_at_the_median()
    {
        for (var i = 0; i < 10; i++)
        {
            using var image = SyntheticImages.Generate(3, i, 160, 120);
            Assert.Equal(32, BitOperations.PopCount(Hasher.Hash(image).PHash));
        }
    }

    [Fact]
    public void Hashes_do_not_depend_on_image_size()
    {
        // Given: one drawing rendered at 400 px and scaled down to a third
        using var image = SyntheticImages.Generate(5, 1, 400, 400);
        using var small = ImageTransform.Resize(1 / 3.0).Apply(image);
        // When
        var a = Hasher.Hash(image);
        var b = Hasher.Hash(small);
        // Then
        Assert.InRange(HashDistance.Hamming(a.PHash, b.PHash), 0, 4);
        Assert.InRange(HashDistance.Hamming(a.DHash, b.DHash), 0, 6);
    }

    [Theory]
    [InlineData("jpeg q30")]
    [InlineData("resize 25%")]
    [InlineData("brightness 0.7")]
    [InlineData("contrast 0.6")]
    [InlineData("watermark bottom 8%")]
    [InlineData("crop 5% centred")]
    public void Edited_copies_stay_within_the_default_threshold(string edit)
    {
        var transform = ImageTransform.Standard.Single(t => t.Name == edit);
        for (var i = 0; i < 8; i++)
        {
            using var image = SyntheticImages.Generate(11, i, 256, 256);
            using var edited = transform.Apply(image);
            var d = Hasher.Hash(image).Distance(Hasher.Hash(edited), ImageHashKind.PHash);
            Assert.True(d <= ImageMatchOptions.DefaultMaxDistance, $"{edit} on image {i}: distance {d}");
        }
    }

    [Fact]
    public void Different_drawings_lie_beyond_the_default_threshold()
    {
        var hashes = Enumerable.Range(0, 30).Select(i =>
        {
            using var image = SyntheticImages.Generate(21, i, 128, 128);
            return Hasher.Hash(image);
        }).ToList();
        for (var i = 0; i < hashes.Count; i++)
        {
            for (var j = i + 1; j < hashes.Count; j++)
            {
                Assert.True(hashes[i].Distance(hashes[j], ImageHashKind.PHash) > ImageMatchOptions.DefaultMaxDistance, $"images {i} and {j}");
            }
        }
    }

    [Fact]
    public void The_mirror_hash_of_an_image_is_the_hash_of_its_mirror_image()
    {
        for (var i = 0; i < 6; i++)
        {
            using var image = SyntheticImages.Generate(4, i, 192, 192);
            using var mirrored = ImageTransform.Mirror().Apply(image);
            var a = Hasher.Hash(image);
            var b = Hasher.Hash(mirrored);
            Assert.InRange(HashDistance.Hamming(a.MirrorPHash, b.PHash), 0, 2);
            Assert.InRange(HashDistance.Hamming(a.MirrorDHash, b.DHash), 0, 4);
            var expected = Math.Min(HashDistance.Hamming(b.PHash, a.PHash), HashDistance.Hamming(b.PHash, a.MirrorPHash));
            Assert.Equal(expected, b.Distance(a, ImageHashKind.PHash, mirrorInvariant: true));
        }
    }

    [Fact]
    public void A_tiny_image_is_hashed_without_error()
    {
        using var image = new Image<Rgb24>(7, 3, new Rgb24(10, 200, 30));
        var h = Hasher.Hash(image);
        Assert.Equal(0UL, h.DHash);
    }

    [Fact]
    public void A_file_that_is_not_an_image_fails_with_its_name()
    {
        using var dir = new TempDir();
        var path = dir.Write("broken.jpg", "this is text, not a JPEG");
        var ex = Assert.Throws<InvalidDataException>(() => Hasher.Hash(path));
        Assert.Contains("broken.jpg", ex.Message);
    }

    [Fact]
    public void Hashing_a_PNG_file_equals_hashing_its_pixels()
    {
        using var dir = new TempDir();
        using var image = SyntheticImages.Generate(8, 2, 150, 100);
        var path = dir.File("a.png");
        image.SaveAsPng(path);
        Assert.Equal(Hasher.Hash(image), Hasher.Hash(path));
    }

    [Fact]
    public void Hash_text_is_sixteen_lower_case_hex_digits_and_parses_back()
    {
        Assert.Equal("00000000000000ff", ImageHashText.ToHex(255));
        Assert.Equal(0xABCDEF0123456789UL, ImageHashText.Parse("abcdef0123456789"));
        Assert.False(ImageHashText.TryParse("abc", out _));
        Assert.False(ImageHashText.TryParse("zzzzzzzzzzzzzzzz", out _));
    }
}

internal static class TestExtensions
{
    public static T Also<T>(this T value, Action<T> action)
    {
        action(value);
        return value;
    }
}
