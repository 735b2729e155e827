using FsCheck.Xunit;
using Workbench.Retrieval;

namespace Workbench.Tests.Retrieval;

public class MinHashTests
{
    /// <summary>
    /// Two sets built from a seed with a chosen overlap: the MinHash estimate of their Jaccard similarity stays within
    /// five standard errors <c>sqrt(J(1−J)/k)</c> (plus 2/k for hash collisions). FsCheck prints the seed that
    /// reproduces a failure.
    /// </summary>
    [Property(MaxTest = 200)]
    public bool Estimates_stay_within_their_error_bound(int seed, byte sizeByte, byte overlapByte, bool smallSignature)
    {
        var k = smallSignature ? 64 : 256;
        var size = 20 + (sizeByte * 4);
        var shared = (int)Math.Round(size * (overlapByte / 255.0));
        var random = new Random(seed);
        var a = new MinHash(k, seed: 7);
        var b = new MinHash(k, seed: 7);
        var baseValue = (long)random.Next() << 20;
        for (var i = 0; i < size; i++)
        {
            var element = $"e{baseValue + i}";
            a.Update(element);
            // b shares the first 'shared' elements of a and has size - shared of its own
            b.Update(i < shared ? element : $"f{baseValue + i}");
        }
        var union = (2 * size) - shared;
        var truth = (double)shared / union;
        var error = Math.Abs(a.Jaccard(b) - truth);
        var bound = (5 * Math.Sqrt(truth * (1 - truth) / k)) + (2.0 / k);
        return error <= bound;
    }

    [Fact]
    public void Identical_sets_estimate_one_and_the_order_of_updates_does_not_matter()
    {
        var a = new MinHash(128, 3);
        var b = new MinHash(128, 3);
        foreach (var w in new[] { "a", "b", "c", "d" }) a.Update(w);
        foreach (var w in new[] { "d", "c", "b", "a", "a" }) b.Update(w);
        Assert.Equal(1.0, a.Jaccard(b));
        Assert.True(a.HashValues.SequenceEqual(b.HashValues));
    }

    [Fact]
    public void Signatures_of_different_seed_or_size_do_not_compare()
    {
        Assert.Throws<ArgumentException>(() => new MinHash(128, 1).Jaccard(new MinHash(128, 2)));
        Assert.Throws<ArgumentException>(() => new MinHash(128, 1).Jaccard(new MinHash(64, 1)));
    }

    [Fact]
    public void The_same_seed_gives_the_same_signature_in_every_run()
    {
        var m = new MinHash(4, seed: 42);
        m.Update("new in town");
        // Pinned: the hash and the permutations must not depend on the process (string.GetHashCode would).
        Assert.Equal(MinHash.Hash("new in town"), MinHash.Hash("new in town".AsSpan()));
        Assert.Equal(m.HashValues.ToArray(), new MinHash(4, seed: 42).Also(x => x.Update("new in town")).HashValues.ToArray());
        // FNV-1a 64 of "a" is the published test vector 0xaf63dc4c8601ec8c; the hash is that, finalized.
        Assert.Equal(MinHash.Mix(0xaf63dc4c8601ec8cUL), MinHash.Hash("a"));
    }
}

internal static class ObjectExtensions
{
    public static T Also<T>(this T value, Action<T> action)
    {
        action(value);
        return value;
    }
}
