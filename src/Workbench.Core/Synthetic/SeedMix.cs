namespace Workbench.Synthetic;

/// <summary>
/// Derives independent sub-seeds from a corpus seed (SplitMix64 finaliser, Steele, Lea and Flood, OOPSLA 2014), so
/// that what an actor, a day or an ad draws depends only on its own identity and never on iteration order.
/// </summary>
internal static class SeedMix
{
    internal const ulong Golden = 0x9E3779B97F4A7C15UL;

    /// <summary>The SplitMix64 output function: a bijective, well-mixing scramble of 64 bits.</summary>
    public static ulong Finalize(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public static ulong Hash(ulong a, ulong b) => Finalize(Finalize(a + Golden) ^ ((b * 0xD1B54A32D192ED03UL) + Golden));

    public static ulong Hash(ulong a, ulong b, ulong c) => Hash(Hash(a, b), c);

    public static ulong Hash(ulong a, ulong b, ulong c, ulong d) => Hash(Hash(Hash(a, b), c), d);

    /// <summary>A <see cref="System.Random"/> seeded from 31 bits of a derived hash.</summary>
    public static Random Random(ulong hash) => new((int)(hash >> 33));

    /// <summary>A uniform double in [0, 1) from the top 53 bits of a hash.</summary>
    public static double Unit(ulong hash) => (hash >> 11) * (1.0 / 9007199254740992.0);
}

/// <summary>
/// A counter-based generator for the posting schedule: cheap enough to evaluate for every actor-day twice (once to
/// count, once to emit) and, being keyed by (actor, day), identical in both passes.
/// </summary>
internal struct HashRng(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        _state += SeedMix.Golden;
        return SeedMix.Finalize(_state);
    }

    public double NextDouble() => SeedMix.Unit(NextUInt64());

    /// <summary>Uniform integer in [0, n).</summary>
    public int Next(int n) => (int)(((NextUInt64() >> 32) * (ulong)n) >> 32);

    /// <summary>Poisson draw by Knuth's product of uniforms; fine for the small means used here (&lt; 30).</summary>
    public int Poisson(double lambda)
    {
        if (lambda <= 0) return 0;
        var limit = Math.Exp(-lambda);
        var k = 0;
        var p = NextDouble();
        while (p > limit && k < 200)
        {
            k++;
            p *= NextDouble();
        }
        return k;
    }
}
