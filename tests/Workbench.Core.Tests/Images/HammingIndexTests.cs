using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Workbench.Images;

namespace Workbench.Tests.Images;

public class HammingIndexTests
{
    private static (int Id, int Distance)[] Scan(ulong[] hashes, ulong query, int radius) =>
        hashes.Select((h, i) => (Id: i, Distance: BitOperations.PopCount(h ^ query)))
              .Where(x => x.Distance <= radius).OrderBy(x => x.Id).ToArray();

    private static (int Id, int Distance)[] Sorted(IEnumerable<HammingHit> hits) =>
        hits.Select(h => (h.Id, h.Distance)).OrderBy(x => x.Id).ToArray();

    /// <summary>Hashes clustered around a few centres, so that radius queries find something.</summary>
    private static ulong[] Clustered(int seed, int count)
    {
        var random = new Random(seed);
        var centres = Enumerable.Range(0, 5).Select(_ => (ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63)).ToArray();
        return Enumerable.Range(0, count).Select(_ =>
        {
            var h = random.Next(3) == 0 ? (ulong)random.NextInt64() : centres[random.Next(centres.Length)];
            for (var f = random.Next(12); f > 0; f--) h ^= 1UL << random.Next(64);
            return h;
        }).ToArray();
    }

    [Property(MaxTest = 150)]
    public void Multi_index_hashing_returns_exactly_what_a_linear_scan_returns(PositiveInt seed, byte radiusByte, byte substringByte)
    {
        // Given: clustered hashes, any radius 0–20, any number of substrings 3–16
        var hashes = Clustered(seed.Get, 400);
        var radius = radiusByte % 21;
        var m = 3 + (substringByte % 14);
        var index = MultiIndexHash.Build(hashes, m);
        var query = hashes[seed.Get % hashes.Length] ^ (1UL << (seed.Get % 64));
        // When / Then: same ids, same distances, each once
        Assert.Equal(Scan(hashes, query, radius), Sorted(index.Query(query, radius)));
    }

    [Property(MaxTest = 100)]
    public void A_BK_tree_returns_exactly_what_a_linear_scan_returns(PositiveInt seed, byte radiusByte)
    {
        var hashes = Clustered(seed.Get, 300);
        var radius = radiusByte % 16;
        var tree = BkTree.Build(hashes);
        var query = hashes[seed.Get % hashes.Length] ^ (3UL << (seed.Get % 60));
        var hits = new List<HammingHit>();
        tree.Query(query, radius, hits);
        Assert.Equal(Scan(hashes, query, radius), Sorted(hits));
    }

    [Fact]
    public void Duplicate_hashes_are_each_found_under_their_own_id()
    {
        var index = MultiIndexHash.Build([42UL, 42UL, 43UL, ulong.MaxValue]);
        Assert.Equal([(0, 0), (1, 0), (2, 1)], Sorted(index.Query(42UL, 1)));
    }

    [Fact]
    public void The_automatic_number_of_substrings_keeps_tables_between_10_and_22_bits()
    {
        Assert.Equal(3, MultiIndexHash.DefaultSubstrings(1_000_000));
        Assert.True(MultiIndexHash.DefaultSubstrings(1000) > 3);
        Assert.Equal(3, MultiIndexHash.Build(new ulong[100_000]).Substrings);
        Assert.Equal(7, MultiIndexHash.DefaultSubstrings(10));
    }

    [Fact]
    public void An_impossible_number_of_substrings_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MultiIndexHash.Build([1UL], substrings: 2));
    }
}
