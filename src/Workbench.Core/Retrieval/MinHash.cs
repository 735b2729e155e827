namespace Workbench.Retrieval;

/// <summary>
/// A MinHash signature (Broder, "On the resemblance and containment of documents", 1997): <see cref="NumPerm"/>
/// minimum values of random hash permutations of a set, whose agreement rate estimates the Jaccard similarity of two
/// sets with standard error <c>sqrt(J(1-J)/NumPerm)</c>.
/// </summary>
/// <remarks>
/// Modelled on datasketch's <c>MinHash</c>: universal hashing <c>(a·x + b) mod (2^61 − 1)</c> truncated to 32 bits,
/// with <c>a</c>, <c>b</c> drawn from a generator seeded by <see cref="Seed"/>, so that two signatures compare only
/// when their seed and size agree. Elements are hashed by <see cref="Hash(string)"/> (FNV-1a with a 64-bit finalizer:
/// stable across runs and machines, unlike <see cref="string.GetHashCode()"/>).
/// </remarks>
public sealed class MinHash
{
    /// <summary>The Mersenne prime 2^61 − 1 of the permutations.</summary>
    public const ulong MersennePrime = (1UL << 61) - 1;

    private const ulong MaxHash = uint.MaxValue;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(int, int), (ulong[] A, ulong[] B)> Permutations = new();

    private readonly ulong[] _a;
    private readonly ulong[] _b;
    private readonly uint[] _values;

    /// <summary>An empty signature.</summary>
    /// <param name="numPerm">Number of permutations (signature length); more is more accurate and slower.</param>
    /// <param name="seed">Seed of the permutations; signatures compare only with the same seed.</param>
    public MinHash(int numPerm = 128, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(numPerm, 2);
        NumPerm = numPerm;
        Seed = seed;
        (_a, _b) = Permutations.GetOrAdd((numPerm, seed), static key => MakePermutations(key.Item1, key.Item2));
        _values = new uint[numPerm];
        Array.Fill(_values, uint.MaxValue);
    }

    /// <summary>Number of permutations.</summary>
    public int NumPerm { get; }

    /// <summary>Seed of the permutations.</summary>
    public int Seed { get; }

    /// <summary>The signature: one minimum per permutation.</summary>
    public ReadOnlySpan<uint> HashValues => _values;

    /// <summary>Whether nothing has been added.</summary>
    public bool IsEmpty => Array.TrueForAll(_values, v => v == uint.MaxValue);

    /// <summary>Adds one element.</summary>
    public void Update(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Update(Hash(value));
    }

    /// <summary>Adds one element given by its 64-bit hash.</summary>
    public void Update(ulong hash)
    {
        var hv = hash & MaxHash;
        for (var i = 0; i < _values.Length; i++)
        {
            var h = (uint)(MulAddMod(_a[i], hv, _b[i]) & MaxHash);
            if (h < _values[i]) _values[i] = h;
        }
    }

    /// <summary>Estimated Jaccard similarity: the share of permutations whose minima agree.</summary>
    /// <exception cref="ArgumentException">When the signatures differ in size or seed.</exception>
    public double Jaccard(MinHash other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.NumPerm != NumPerm || other.Seed != Seed)
            throw new ArgumentException($"cannot compare MinHash signatures of different size or seed ({NumPerm}/{Seed} vs {other.NumPerm}/{other.Seed})", nameof(other));
        return Jaccard(_values, other._values);
    }

    /// <summary>The share of equal positions of two signatures of one size.</summary>
    public static double Jaccard(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        if (a.Length != b.Length) throw new ArgumentException("signatures differ in length");
        var equal = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i]) equal++;
        }
        return (double)equal / a.Length;
    }

    /// <summary>A stable 64-bit hash of a string (FNV-1a over UTF-16 code units, then the SplitMix64 finalizer).</summary>
    public static ulong Hash(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Hash(value.AsSpan());
    }

    /// <summary>A stable 64-bit hash of characters.</summary>
    public static ulong Hash(ReadOnlySpan<char> value)
    {
        var h = 14695981039346656037UL;
        foreach (var c in value)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        return Mix(h);
    }

    /// <summary>The SplitMix64 finalizer: spreads the bits of a 64-bit value.</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }

    /// <summary>(a·x + b) mod (2^61 − 1) without overflow, by Mersenne reduction.</summary>
    private static ulong MulAddMod(ulong a, ulong x, ulong b)
    {
        var hi = Math.BigMul(a, x, out var lo);
        // 128-bit product = hi·2^64 + lo; reduce mod 2^61 − 1: (low 61 bits) + (the rest shifted down).
        var r = (lo & MersennePrime) + ((lo >> 61) | (hi << 3));
        r = (r & MersennePrime) + (r >> 61);
        r += b;
        r = (r & MersennePrime) + (r >> 61);
        return r >= MersennePrime ? r - MersennePrime : r;
    }

    private static (ulong[] A, ulong[] B) MakePermutations(int numPerm, int seed)
    {
        var random = new Random(seed);
        var a = new ulong[numPerm];
        var b = new ulong[numPerm];
        for (var i = 0; i < numPerm; i++)
        {
            a[i] = (ulong)random.NextInt64(1, (long)MersennePrime);
            b[i] = (ulong)random.NextInt64(0, (long)MersennePrime);
        }
        return (a, b);
    }
}
