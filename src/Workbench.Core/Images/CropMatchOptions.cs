namespace Workbench.Images;

/// <summary>
/// Settings for crop-tolerant matching (<see cref="CropHashes"/>, <see cref="CropTolerantIndex"/>): which sub-windows
/// of an image are hashed beside the global DCT hash, and the largest distance at which a pair of them matches.
/// </summary>
/// <remarks>
/// <para>Why windows: a crop that cuts a share s of the width from the left and of the height from the top is, up to
/// scale, exactly the window of the original that keeps 1 − s of each side anchored at the right and bottom edges. The
/// crop's global hash is therefore compared with the original's windows (and the other way round, since either image
/// may be the crop). Edge-anchored windows on one axis and whole on the other cover one-side crops; the centred window
/// covers crops from all sides. A window share of 0.9 lines up exactly with a 10% crop; a smaller crop leaves a residual
/// crop of at most 10% between the nearest window and the crop (or the whole image), which the hash tolerates.</para>
/// <para>Only the DCT hash is windowed: the difference hash is far less tolerant of crops
/// (<c>workbench eval images</c>).</para>
/// </remarks>
public sealed record CropMatchOptions
{
    /// <summary>
    /// The default largest distance of a matching pair: the threshold <c>workbench eval images</c> chooses for the
    /// crop-tolerant rule with its defaults (the largest with precision ≥ 0.99 on the generated tuning set; on the
    /// separate test set it measured precision 0.994, recall 0.997 over all pairs of 3,300 images). Mirror-invariant
    /// matching makes twice the comparisons, and the evaluation chooses 11 for it. Tighter than the single hash's 15
    /// (<see cref="ImageMatchOptions.DefaultMaxDistance"/>) because each pair gets 19 chances to match instead of one.
    /// </summary>
    public const int DefaultMaxDistance = 13;

    /// <summary>The default windows: every edge-anchored combination (8) and the centred window, 9 in all.</summary>
    public static IReadOnlyList<CropWindow> DefaultWindows { get; } =
    [
        new(WindowAnchor.Start, WindowAnchor.Start), new(WindowAnchor.End, WindowAnchor.Start),
        new(WindowAnchor.Start, WindowAnchor.End), new(WindowAnchor.End, WindowAnchor.End),
        new(WindowAnchor.Start, WindowAnchor.Whole), new(WindowAnchor.End, WindowAnchor.Whole),
        new(WindowAnchor.Whole, WindowAnchor.Start), new(WindowAnchor.Whole, WindowAnchor.End),
        new(WindowAnchor.Centre, WindowAnchor.Centre),
    ];

    /// <summary>Share of a side a window keeps on an axis it cuts (0.5–0.99): 0.9 lines up with a 10% crop.</summary>
    public double WindowShare { get; init; } = 0.9;

    /// <summary>The windows hashed per image, besides the global hash (at most 32; the whole image is not one of them).</summary>
    public IReadOnlyList<CropWindow> Windows { get; init; } = DefaultWindows;

    /// <summary>Largest Hamming distance (0–32) of a matching pair: global–global, global–window or window–global.</summary>
    public int MaxDistance { get; init; } = DefaultMaxDistance;

    /// <summary>
    /// Whether a mirrored copy (or a crop of one) matches too: either image's mirrored global hash is compared with the
    /// other's global and window hashes. More links, a few more false ones.
    /// </summary>
    public bool MirrorInvariant { get; init; }

    /// <summary>Rejects settings that cannot work, naming the setting.</summary>
    public void Validate()
    {
        if (WindowShare is < 0.5 or > 0.99 || double.IsNaN(WindowShare))
        {
            throw new ArgumentException($"{nameof(WindowShare)} must be 0.5–0.99 (got {WindowShare})");
        }
        if (MaxDistance is < 0 or > 32) throw new ArgumentException($"{nameof(MaxDistance)} must be 0–32 (got {MaxDistance})");
        if (Windows is null) throw new ArgumentException($"{nameof(Windows)} must not be null (use an empty list for the global hash only)");
        if (Windows.Count > 32) throw new ArgumentException($"{nameof(Windows)} must hold at most 32 windows (got {Windows.Count})");
        foreach (var w in Windows)
        {
            if (!Enum.IsDefined(w.Horizontal) || !Enum.IsDefined(w.Vertical)) throw new ArgumentException($"{nameof(Windows)}: unknown anchor in {w}");
            if (w is { Horizontal: WindowAnchor.Whole, Vertical: WindowAnchor.Whole })
            {
                throw new ArgumentException($"{nameof(Windows)} must not hold the whole image ({w}): the global hash already covers it");
            }
        }
        if (Windows.Distinct().Count() != Windows.Count) throw new ArgumentException($"{nameof(Windows)} holds a window twice");
    }
}
