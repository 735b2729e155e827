namespace Workbench.Images;

/// <summary>Settings for matching image files by perceptual hash (<see cref="ImageMatcher"/>).</summary>
public sealed record ImageMatchOptions
{
    /// <summary>
    /// The default largest Hamming distance at which two 64-bit DCT hashes count as the same picture: the threshold
    /// <c>workbench eval images</c> chooses with its defaults (the largest with precision ≥ 0.99 on the generated
    /// tuning set; on the separate test set it measured precision 0.998, recall 0.874 over all pairs of 3,450 images).
    /// Over a million images chance matches grow with the square of the count: corpus-wide grouping
    /// (<see cref="ImageReuseOptions"/>) uses a tighter radius.
    /// </summary>
    public const int DefaultMaxDistance = 15;

    /// <summary>Which hash to compare.</summary>
    public ImageHashKind Kind { get; init; } = ImageHashKind.PHash;

    /// <summary>Largest Hamming distance that still counts as a match (0–64).</summary>
    public int MaxDistance { get; init; } = DefaultMaxDistance;

    /// <summary>Whether a mirrored copy matches too (distance = min(direct, mirrored)); more links, a few more false ones.</summary>
    public bool MirrorInvariant { get; init; }

    /// <summary>Rejects settings that cannot work, naming the setting.</summary>
    public void Validate()
    {
        if (MaxDistance is < 0 or > 64) throw new ArgumentException($"{nameof(MaxDistance)} must be 0–64 (got {MaxDistance})");
    }
}
