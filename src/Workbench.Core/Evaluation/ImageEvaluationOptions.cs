using Workbench.Images;

namespace Workbench.Evaluation;

/// <summary>Settings for <see cref="ImageEvaluation"/>.</summary>
public sealed record ImageEvaluationOptions
{
    /// <summary>Generated base images per set; each gets every edit (a tuning set and a separate test set are made).</summary>
    public int BaseImages { get; init; } = 150;

    /// <summary>Width and height of the generated images in pixels.</summary>
    public int Size { get; init; } = 256;

    /// <summary>Seed of the tuning set; the test set uses <c>Seed + 1</c>.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// The threshold chosen is the largest whose precision on the tuning set reaches this (if none does, the one with
    /// the best F1): a false image link joins unrelated advertisers, which costs more than a missed one.
    /// </summary>
    public double MinPrecision { get; init; } = 0.99;

    /// <summary>The edits applied to every base image.</summary>
    public IReadOnlyList<ImageTransform> Transforms { get; init; } = ImageTransform.Standard;

    /// <summary>Mirror edits, scored only in the mirror-invariant rows.</summary>
    public IReadOnlyList<ImageTransform> MirrorTransforms { get; init; } = ImageTransform.MirrorEdits;

    /// <summary>
    /// The windows of the crop-tolerant rule (its <see cref="CropMatchOptions.MaxDistance"/> is ignored: the evaluation
    /// chooses the threshold on the tuning set, as for the single hashes).
    /// </summary>
    public CropMatchOptions CropMatch { get; init; } = new();

    /// <summary>Rejects settings that cannot work, naming the setting.</summary>
    public void Validate()
    {
        if (BaseImages < 2) throw new ArgumentException($"{nameof(BaseImages)} must be at least 2 (got {BaseImages})");
        if (Size < 32) throw new ArgumentException($"{nameof(Size)} must be at least 32 pixels (got {Size})");
        if (MinPrecision is <= 0 or > 1) throw new ArgumentException($"{nameof(MinPrecision)} must be in (0, 1] (got {MinPrecision})");
        ArgumentNullException.ThrowIfNull(Transforms);
        ArgumentNullException.ThrowIfNull(MirrorTransforms);
        ArgumentNullException.ThrowIfNull(CropMatch);
        CropMatch.Validate();
        if (Transforms.Count == 0) throw new ArgumentException($"{nameof(Transforms)} must hold at least one edit");
    }
}
