using System.Numerics;

namespace Workbench.Clustering;

/// <summary>64-bit mixing (the SplitMix64 finalizer, Steele et al. 2014): cheap, well spread, deterministic.</summary>
internal static class Mix
{
    public static ulong Hash(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    public static ulong Combine(ulong a, ulong b) => Hash(BitOperations.RotateLeft(a, 23) ^ b);
}
