namespace Workbench.Images;

/// <summary>Settings for <see cref="ImageReuseDetector"/>.</summary>
public sealed record ImageReuseOptions
{
    /// <summary>
    /// Largest Hamming distance that joins two stored hashes into one reuse group. Tighter than
    /// <see cref="ImageMatchOptions.DefaultMaxDistance"/> because chance matches grow with the square of the number of
    /// distinct hashes: for uniformly random 64-bit hashes P(d ≤ 8) ≈ 2.8·10⁻¹⁰, about 140 chance links among a
    /// million, against about 1.2·10⁵ at d ≤ 12. Re-encoded and resized copies stay within 4 bits
    /// (<c>workbench eval images</c>); cropped copies may not.
    /// </summary>
    public int MaxDistance { get; init; } = 8;

    /// <summary>
    /// A group is a stock-image candidate when its ads carry at least this many unrelated phone-token sets (phone
    /// tokens not linked to each other by sharing an ad or another image group that does not itself join unrelated sets).
    /// </summary>
    public int MinUnrelatedPhoneSets { get; init; } = 3;

    /// <summary>Rounds at most of distrusting groups that join unrelated phone sets (each round can expose more).</summary>
    public int MaxRounds { get; init; } = 20;

    /// <summary>Rejects settings that cannot work, naming the setting.</summary>
    public void Validate()
    {
        if (MaxDistance is < 0 or > 32) throw new ArgumentException($"{nameof(MaxDistance)} must be 0–32 (got {MaxDistance})");
        if (MaxRounds < 1) throw new ArgumentException($"{nameof(MaxRounds)} must be at least 1 (got {MaxRounds})");
        if (MinUnrelatedPhoneSets < 2) throw new ArgumentException($"{nameof(MinUnrelatedPhoneSets)} must be at least 2 (got {MinUnrelatedPhoneSets})");
    }
}
