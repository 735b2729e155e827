using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Workbench.Clustering;

namespace Workbench.Tests.Clustering;

public class MinHasherTests
{
    [Property(MaxTest = 60)]
    public bool The_similarity_estimate_stays_within_four_standard_errors_of_the_exact_jaccard(PositiveInt seed)
    {
        // Given two texts of 60–120 distinct words sharing a random part
        var r = new Random(seed.Get);
        var vocabulary = new Vocabulary();
        var shared = Enumerable.Range(0, r.Next(0, 100)).Select(i => vocabulary.Intern("s" + Letters(i))).ToArray();
        var a = shared.Concat(Enumerable.Range(0, r.Next(10, 60)).Select(i => vocabulary.Intern("a" + Letters(i)))).ToArray();
        var b = shared.Concat(Enumerable.Range(0, r.Next(10, 60)).Select(i => vocabulary.Intern("b" + Letters(i)))).ToArray();
        var hasher = new MinHasher(128, 1, seed.Get);
        var sa = new uint[128];
        var sb = new uint[128];

        // When
        hasher.Sign(a, vocabulary, sa, [], []);
        hasher.Sign(b, vocabulary, sb, [], []);
        var estimate = MinHasher.Similarity(sa, sb);

        // Then: the exact Jaccard of the word sets (shingles of one word), within 4·sqrt(J(1−J)/k) + 1/k
        var exact = shared.Length / (double)(a.Length + b.Length - shared.Length);
        return Math.Abs(estimate - exact) <= (4 * Math.Sqrt(exact * (1 - exact) / 128)) + (1.0 / 128);
    }

    /// <summary>A word of letters only for a number (words with digits do not count for the signature).</summary>
    private static string Letters(int i) => string.Concat(i.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => (char)('a' + (c - '0'))));

    [Fact]
    public void Digits_and_contact_tokens_do_not_count_so_texts_sharing_only_them_look_unrelated()
    {
        // Given two texts that share a phone token class and a price, nothing else
        var vocabulary = new Vocabulary();
        int[] a = [vocabulary.Intern("sweet"), vocabulary.Intern("girl"), 0, vocabulary.Intern("200")];
        int[] b = [vocabulary.Intern("massage"), vocabulary.Intern("spa"), 0, vocabulary.Intern("200")];
        var hasher = new MinHasher(128, 2, 1);
        var sa = new uint[128];
        var sb = new uint[128];

        // When
        hasher.Sign(a, vocabulary, sa, [], []);
        hasher.Sign(b, vocabulary, sb, [], []);

        // Then
        Assert.Equal(0, MinHasher.Similarity(sa, sb));
        Assert.False(hasher.Sign([0, vocabulary.Intern("300")], vocabulary, sa, [], []));
    }

    [Fact]
    public void Byte_sketches_count_equal_positions()
    {
        byte[] a = [.. Enumerable.Range(0, 128).Select(i => (byte)i)];
        byte[] b = [.. a.Select((x, i) => i % 3 == 0 ? (byte)(x + 1) : x)];
        Assert.Equal(128 - 43, MinHasher.Matches(a, b));
    }
}
