using System.Globalization;

namespace Workbench.Images;

/// <summary>
/// The 64-bit perceptual hashes of one image, and of its mirror image, for matching reused files.
/// </summary>
/// <param name="DHash">Difference hash (Krawetz 2013): brighter-than-right-neighbour bits on a 9×8 grey grid.</param>
/// <param name="PHash">DCT hash (Zauner 2010): signs of the 8×8 lowest DCT coefficients of a 32×32 grey grid against their median.</param>
/// <param name="MirrorDHash">The difference hash of the horizontally mirrored image.</param>
/// <param name="MirrorPHash">The DCT hash of the horizontally mirrored image.</param>
public readonly record struct PerceptualHashes(ulong DHash, ulong PHash, ulong MirrorDHash, ulong MirrorPHash)
{
    /// <summary>The hash of one kind.</summary>
    public ulong Get(ImageHashKind kind) => kind == ImageHashKind.DHash ? DHash : PHash;

    /// <summary>The mirrored image's hash of one kind.</summary>
    public ulong GetMirror(ImageHashKind kind) => kind == ImageHashKind.DHash ? MirrorDHash : MirrorPHash;

    /// <summary>
    /// Distance to <paramref name="other"/> under one hash kind; with <paramref name="mirrorInvariant"/>, the smaller of
    /// the direct distance and the distance to the other's mirror image.
    /// </summary>
    public int Distance(PerceptualHashes other, ImageHashKind kind, bool mirrorInvariant = false)
    {
        var direct = HashDistance.Hamming(Get(kind), other.Get(kind));
        return mirrorInvariant ? Math.Min(direct, HashDistance.Hamming(Get(kind), other.GetMirror(kind))) : direct;
    }

    /// <summary>Both hashes as 16 lower-case hex digits each, e.g. for CSV.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"dhash={ImageHashText.ToHex(DHash)} phash={ImageHashText.ToHex(PHash)}");
}
