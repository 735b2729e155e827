using Workbench.Evaluation;
using Workbench.Images;

namespace Workbench.Tests.Images;

public class ImageMatcherTests
{
    private static readonly ImageHasher Hasher = new();

    private static List<PerceptualHashes> OriginalsThenEdits(ImageTransform edit, int count)
    {
        var originals = new List<PerceptualHashes>();
        var edits = new List<PerceptualHashes>();
        for (var i = 0; i < count; i++)
        {
            using var image = SyntheticImages.Generate(31, i, 160, 160);
            using var edited = edit.Apply(image);
            originals.Add(Hasher.Hash(image));
            edits.Add(Hasher.Hash(edited));
        }
        return [.. originals, .. edits];
    }

    [Fact]
    public void Each_image_matches_its_reencoded_copy_and_nothing_else()
    {
        // Given: 12 drawings followed by their JPEG q40 copies
        var hashes = OriginalsThenEdits(ImageTransform.Jpeg(40), 12);
        // When
        var matches = new ImageMatcher().Match(hashes);
        // Then: exactly the 12 planted pairs
        Assert.Equal(Enumerable.Range(0, 12).Select(i => (i, i + 12)), matches.Select(m => (m.A, m.B)));
        Assert.All(matches, m => Assert.False(m.Mirrored));
    }

    [Fact]
    public void Mirrored_copies_match_only_when_matching_is_mirror_invariant()
    {
        var hashes = OriginalsThenEdits(ImageTransform.Mirror(), 10);
        var direct = new ImageMatcher().Match(hashes);
        var invariant = new ImageMatcher(new ImageMatchOptions { MirrorInvariant = true }).Match(hashes);
        Assert.DoesNotContain(direct, m => m.B == m.A + 10);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => (i, i + 10)), invariant.Select(m => (m.A, m.B)));
        Assert.All(invariant, m => Assert.True(m.Mirrored));
    }

    [Fact]
    public void A_threshold_outside_0_to_64_is_rejected_when_matching()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ImageMatcher(new ImageMatchOptions { MaxDistance = 65 }).Match([]));
        Assert.Contains("MaxDistance", ex.Message);
    }
}
