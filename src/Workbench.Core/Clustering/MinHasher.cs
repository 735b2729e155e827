using System.Numerics;
using System.Runtime.Intrinsics;

namespace Workbench.Clustering;

/// <summary>
/// MinHash signatures (Broder, "On the resemblance and containment of documents", 1997) of the word shingles of a
/// text shape. Only text words count: contact-class symbols and words with digits are left out, so that a shared phone
/// number, price or age can never make two texts look alike to the coarse stage.
/// </summary>
internal sealed class MinHasher
{
    private readonly ulong[] _a;
    private readonly ulong[] _b;

    public MinHasher(int hashCount, int shingleSize, int seed)
    {
        HashCount = hashCount;
        ShingleSize = shingleSize;
        _a = new ulong[hashCount];
        _b = new ulong[hashCount];
        var state = Mix.Hash((ulong)(uint)seed ^ 0x4D494E48UL);
        for (var i = 0; i < hashCount; i++)
        {
            state = Mix.Hash(state);
            _a[i] = state | 1UL;
            state = Mix.Hash(state);
            _b[i] = state;
        }
    }

    public int HashCount { get; }

    public int ShingleSize { get; }

    /// <summary>Writes the signature of <paramref name="words"/>; returns false when the text has no text word (no signature).</summary>
    public bool Sign(ReadOnlySpan<int> words, Vocabulary vocabulary, Span<uint> signature, List<int> scratch, List<ulong> shingles)
    {
        scratch.Clear();
        foreach (var w in words)
        {
            if (vocabulary.IsTextWord(w)) scratch.Add(w);
        }
        if (scratch.Count == 0) return false;
        shingles.Clear();
        var k = Math.Min(ShingleSize, scratch.Count);
        for (var i = 0; i + k <= scratch.Count; i++)
        {
            var h = 0xCBF29CE484222325UL;
            for (var j = 0; j < k; j++) h = Mix.Combine(h, (ulong)(uint)scratch[i + j]);
            shingles.Add(h);
        }
        signature.Fill(uint.MaxValue);
        foreach (var x in shingles)
        {
            for (var i = 0; i < signature.Length; i++)
            {
                var v = (uint)(((_a[i] * x) + _b[i]) >> 32);
                if (v < signature[i]) signature[i] = v;
            }
        }
        return true;
    }

    /// <summary>Share of equal positions of two full signatures: the estimate of the Jaccard similarity of the shingle sets.</summary>
    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var equal = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i]) equal++;
        }
        return equal / (double)a.Length;
    }

    /// <summary>Number of equal positions of two byte sketches.</summary>
    public static int Matches(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        var equal = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i + 32 <= a.Length; i += 32)
            {
                var eq = Vector256.Equals(Vector256.Create(a.Slice(i, 32)), Vector256.Create(b.Slice(i, 32)));
                equal += BitOperations.PopCount(eq.ExtractMostSignificantBits());
            }
        }
        for (; i + 16 <= a.Length; i += 16)
        {
            var eq = Vector128.Equals(Vector128.Create(a.Slice(i, 16)), Vector128.Create(b.Slice(i, 16)));
            equal += BitOperations.PopCount(eq.ExtractMostSignificantBits());
        }
        for (; i < a.Length; i++)
        {
            if (a[i] == b[i]) equal++;
        }
        return equal;
    }
}
