namespace Workbench.Images;

/// <summary>An index of 64-bit hashes answering Hamming radius queries.</summary>
public interface IHammingIndex
{
    /// <summary>Number of hashes stored.</summary>
    int Count { get; }

    /// <summary>The stored hash with id <paramref name="id"/>.</summary>
    ulong this[int id] { get; }

    /// <summary>Adds every stored hash within <paramref name="radius"/> of <paramref name="hash"/> to <paramref name="hits"/> (each once, in no set order).</summary>
    void Query(ulong hash, int radius, List<HammingHit> hits);
}
