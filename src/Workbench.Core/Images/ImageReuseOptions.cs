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
    /// Whether stored window hashes (<c>image_window_hashes</c>) link cropped copies: two images are then also joined
    /// when one's global hash is within <see cref="WindowMaxDistance"/> of one of the other's window hashes. Ads without
    /// window hashes are matched on their global hashes either way.
    /// </summary>
    public bool UseWindowHashes { get; init; } = true;

    /// <summary>
    /// Largest Hamming distance between a global hash and a window hash that joins two images. A pair of images with
    /// windows gets 19 chances to match instead of one (global–global, and each global against the other's 9 windows),
    /// so chance links grow about twentyfold: for uniformly random hashes about 2,600 among a million images at 8,
    /// against about 9·10⁶ at the folder matcher's 13 (<see cref="CropMatchOptions.DefaultMaxDistance"/>, chosen for
    /// pairs within a folder, not for a corpus). At 8, the crop evaluation (<c>workbench eval images</c>) measured recall 0.947 with precision 1.0
    /// for the crop-tolerant rule against 0.665 for the global hash alone.
    /// </summary>
    public int WindowMaxDistance { get; init; } = 8;

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
        if (WindowMaxDistance is < 0 or > 32) throw new ArgumentException($"{nameof(WindowMaxDistance)} must be 0–32 (got {WindowMaxDistance})");
        if (MaxRounds < 1) throw new ArgumentException($"{nameof(MaxRounds)} must be at least 1 (got {MaxRounds})");
        if (MinUnrelatedPhoneSets < 2) throw new ArgumentException($"{nameof(MinUnrelatedPhoneSets)} must be at least 2 (got {MinUnrelatedPhoneSets})");
    }
}
