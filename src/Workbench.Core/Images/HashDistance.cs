using System.Numerics;

namespace Workbench.Images;

/// <summary>Hamming distance between 64-bit hashes.</summary>
public static class HashDistance
{
    /// <summary>Number of differing bits (0–64).</summary>
    public static int Hamming(ulong a, ulong b) => BitOperations.PopCount(a ^ b);
}
