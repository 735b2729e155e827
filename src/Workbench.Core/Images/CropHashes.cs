namespace Workbench.Images;

/// <summary>
/// The DCT hashes of an image for crop-tolerant matching: the global hash (and that of the mirrored image) and one per
/// sub-window of <see cref="CropMatchOptions.Windows"/>.
/// </summary>
/// <remarks>Immutable: the window hashes are copied in and exposed read-only.</remarks>
public sealed class CropHashes
{
    private readonly ulong[] _windows;

    /// <summary>Creates the hashes of one image.</summary>
    /// <param name="pHash">The global DCT hash (as in <see cref="PerceptualHashes.PHash"/>).</param>
    /// <param name="mirrorPHash">The global DCT hash of the mirrored image.</param>
    /// <param name="windows">DCT hash of each window, in the order of the options' windows.</param>
    public CropHashes(ulong pHash, ulong mirrorPHash, ReadOnlySpan<ulong> windows)
    {
        PHash = pHash;
        MirrorPHash = mirrorPHash;
        _windows = windows.ToArray();
    }

    /// <summary>The global DCT hash.</summary>
    public ulong PHash { get; }

    /// <summary>The global DCT hash of the mirrored image.</summary>
    public ulong MirrorPHash { get; }

    /// <summary>DCT hash of each window, in the order of the options' windows.</summary>
    public IReadOnlyList<ulong> Windows => _windows;

    /// <summary>
    /// The crop-tolerant distance: the smallest of global–global, this global to any of the other's windows, and any
    /// of these windows to the other's global. Symmetric. With <paramref name="mirrorInvariant"/>, also either image's
    /// mirrored global hash against the other's global and window hashes (a mirrored copy, or a crop of one): what
    /// <see cref="CropTolerantMatcher"/> finds.
    /// </summary>
    public int Distance(CropHashes other, bool mirrorInvariant = false)
    {
        ArgumentNullException.ThrowIfNull(other);
        var d = Math.Min(Containing(PHash, other), Containing(other.PHash, this));
        return mirrorInvariant ? Math.Min(d, Math.Min(Containing(MirrorPHash, other), Containing(other.MirrorPHash, this))) : d;
    }

    /// <summary>Distance from a global hash to the nearest of an image's global and window hashes.</summary>
    private static int Containing(ulong global, CropHashes image)
    {
        var d = HashDistance.Hamming(global, image.PHash);
        foreach (var w in image._windows) d = Math.Min(d, HashDistance.Hamming(global, w));
        return d;
    }
}
