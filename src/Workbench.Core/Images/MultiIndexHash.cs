using System.Collections.Concurrent;
using System.Numerics;

namespace Workbench.Images;

/// <summary>
/// Multi-index hashing for exact Hamming radius queries over many 64-bit hashes (Norouzi, Punjani and Fleet, "Fast
/// search in Hamming space with multi-index hashing", CVPR 2012).
/// </summary>
/// <remarks>
/// <para>The 64 bits are cut into <c>m</c> disjoint substrings, each indexed by a direct-address table. If two hashes
/// are within distance r, then by the pigeonhole principle at least one substring is within ⌊r/m⌋; a query therefore
/// enumerates, per substring, every key within ⌊r/m⌋ of the query's substring and checks the full distance of the
/// hashes found there. A hash found through substring i is reported only if no earlier substring j &lt; i is within
/// ⌊r/m⌋ too, so that each hit appears once without a set.</para>
/// <para>Defaults choose substrings of about log₂ n + 5 bits (at most 22, so m ≥ 3): buckets hold about 1/32 of a
/// hash on average. At 1M hashes that is m = 3 (21–22 bits); memory is 4 bytes per slot plus 8 + 12·m bytes per hash.
/// Results are exact (no false negatives), unlike locality-sensitive hashing.</para>
/// </remarks>
public sealed class MultiIndexHash : IHammingIndex
{
    private static readonly ConcurrentDictionary<(int Bits, int Radius), uint[]> MaskCache = new();

    private readonly ulong[] _hashes;
    private readonly int[] _shifts;
    private readonly int[] _widths;
    private readonly int[][] _offsets;
    private readonly int[][] _ids;
    private readonly ulong[][] _bucketHashes;

    private MultiIndexHash(ulong[] hashes, int[] shifts, int[] widths, int[][] offsets, int[][] ids, ulong[][] bucketHashes)
    {
        _bucketHashes = bucketHashes;
        _hashes = hashes;
        _shifts = shifts;
        _widths = widths;
        _offsets = offsets;
        _ids = ids;
    }

    /// <inheritdoc/>
    public int Count => _hashes.Length;

    /// <summary>Number of substrings (tables).</summary>
    public int Substrings => _widths.Length;

    /// <inheritdoc/>
    public ulong this[int id] => _hashes[id];

    /// <summary>Builds the index over <paramref name="hashes"/>; ids are their positions. Cost O(n + 2^(64/m)).</summary>
    /// <param name="hashes">The hashes (duplicates allowed).</param>
    /// <param name="substrings">Number of substrings m (3–16), or 0 to choose from the count.</param>
    public static MultiIndexHash Build(ReadOnlySpan<ulong> hashes, int substrings = 0)
    {
        var m = substrings == 0 ? DefaultSubstrings(hashes.Length) : substrings;
        if (m is < 3 or > 16) throw new ArgumentOutOfRangeException(nameof(substrings), substrings, "must be 0 (automatic) or 3–16");
        var stored = hashes.ToArray();
        var widths = new int[m];
        var shifts = new int[m];
        for (int i = 0, shift = 0; i < m; i++)
        {
            widths[i] = (64 / m) + (i < 64 % m ? 1 : 0);
            shifts[i] = shift;
            shift += widths[i];
        }
        var offsets = new int[m][];
        var ids = new int[m][];
        var bucketHashes = new ulong[m][];
        Parallel.For(0, m, i =>
        {
            // Counting sort of ids by substring key: offsets[k]..offsets[k+1] hold the ids with key k.
            var mask = (1UL << widths[i]) - 1;
            var table = new int[(1 << widths[i]) + 1];
            foreach (var h in stored) table[(int)((h >> shifts[i]) & mask) + 1]++;
            for (var k = 1; k < table.Length; k++) table[k] += table[k - 1];
            var fill = table.AsSpan(0, table.Length - 1).ToArray();
            var list = new int[stored.Length];
            for (var id = 0; id < stored.Length; id++) list[fill[(int)((stored[id] >> shifts[i]) & mask)]++] = id;
            offsets[i] = table;
            ids[i] = list;
            // The hashes again in bucket order, so that checking a bucket's candidates reads memory in sequence.
            var inOrder = new ulong[stored.Length];
            for (var p = 0; p < list.Length; p++) inOrder[p] = stored[list[p]];
            bucketHashes[i] = inOrder;
        });
        return new MultiIndexHash(stored, shifts, widths, offsets, ids, bucketHashes);
    }

    /// <summary>
    /// Substrings of about log₂ n + 5 bits (10–22), so that m = ⌈64 / bits⌉ (at least 3): tables larger than the
    /// paper's log₂ n bits keep buckets nearly empty at radius 8, which costs memory (4 bytes a slot) but saves the
    /// full-distance checks that dominate a query.
    /// </summary>
    public static int DefaultSubstrings(int count)
    {
        var bits = Math.Clamp((int)Math.Round(Math.Log2(Math.Max(count, 2))) + 5, 10, 22);
        return Math.Max(3, (64 + bits - 1) / bits);
    }

    /// <inheritdoc/>
    public void Query(ulong hash, int radius, List<HammingHit> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        if (radius < 0) return;
        var m = _widths.Length;
        var sub = radius / m;
        for (var i = 0; i < m; i++)
        {
            var mask = (1UL << _widths[i]) - 1;
            var key = (uint)((hash >> _shifts[i]) & mask);
            var offsets = _offsets[i];
            var ids = _ids[i];
            var inOrder = _bucketHashes[i];
            foreach (var flip in Masks(_widths[i], sub))
            {
                var k = (int)(key ^ flip);
                for (var p = offsets[k]; p < offsets[k + 1]; p++)
                {
                    var stored = inOrder[p];
                    var d = BitOperations.PopCount(stored ^ hash);
                    if (d > radius || FoundEarlier(stored, hash, i, sub)) continue;
                    hits.Add(new HammingHit(ids[p], d));
                }
            }
        }
    }

    /// <summary>Every stored hash within <paramref name="radius"/> of <paramref name="hash"/>.</summary>
    public IReadOnlyList<HammingHit> Query(ulong hash, int radius)
    {
        var hits = new List<HammingHit>();
        Query(hash, radius, hits);
        return hits;
    }

    private bool FoundEarlier(ulong stored, ulong query, int chunk, int sub)
    {
        var x = stored ^ query;
        for (var j = 0; j < chunk; j++)
        {
            if (BitOperations.PopCount((x >> _shifts[j]) & ((1UL << _widths[j]) - 1)) <= sub) return true;
        }
        return false;
    }

    /// <summary>All masks of <paramref name="bits"/> bits with at most <paramref name="radius"/> bits set.</summary>
    private static uint[] Masks(int bits, int radius) => MaskCache.GetOrAdd((bits, Math.Min(radius, bits)), key =>
    {
        var masks = new List<uint> { 0 };
        for (var r = 1; r <= key.Radius; r++) Combine(key.Bits, r, 0, 0, masks);
        return masks.ToArray();
    });

    private static void Combine(int bits, int left, int from, uint mask, List<uint> into)
    {
        if (left == 0)
        {
            into.Add(mask);
            return;
        }
        for (var b = from; b <= bits - left; b++) Combine(bits, left - 1, b + 1, mask | (1u << b), into);
    }
}
