namespace Workbench.Images;

/// <summary>
/// The DCT hashes of an image for crop-tolerant matching: the global hash and one per sub-window of
/// <see cref="CropMatchOptions.Windows"/>, each also of the mirrored content.
/// </summary>
/// <remarks>Immutable: the window hashes are copied in and exposed read-only.</remarks>
public sealed class CropHashes
{
    private readonly ulong[] _windows;
    private readonly ulong[] _mirrorWindows;

    /// <summary>Creates the hashes of one image.</summary>
    /// <param name="pHash">The global DCT hash (as in <see cref="PerceptualHashes.PHash"/>).</param>
    /// <param name="mirrorPHash">The global DCT hash of the mirrored image.</param>
    /// <param name="windows">DCT hash of each window, in the order of the options' windows.</param>
    /// <param name="mirrorWindows">DCT hash of each window's content mirrored (as many as <paramref name="windows"/>).</param>
    public CropHashes(ulong pHash, ulong mirrorPHash, ReadOnlySpan<ulong> windows, ReadOnlySpan<ulong> mirrorWindows)
    {
        if (windows.Length != mirrorWindows.Length)
        {
            throw new ArgumentException($"{windows.Length} window hashes but {mirrorWindows.Length} mirrored ones", nameof(mirrorWindows));
        }
        PHash = pHash;
        MirrorPHash = mirrorPHash;
        _windows = windows.ToArray();
        _mirrorWindows = mirrorWindows.ToArray();
    }

    /// <summary>The global DCT hash.</summary>
    public ulong PHash { get; }

    /// <summary>The global DCT hash of the mirrored image.</summary>
    public ulong MirrorPHash { get; }

    /// <summary>DCT hash of each window, in the order of the options' windows.</summary>
    public IReadOnlyList<ulong> Windows => _windows;

    /// <summary>
    /// DCT hash of each window's content mirrored: as a set, the mirrored image's window hashes when the windows are
    /// mirror-symmetric (as the defaults are).
    /// </summary>
    public IReadOnlyList<ulong> MirrorWindows => _mirrorWindows;

    internal ReadOnlySpan<ulong> WindowSpan => _windows;

    /// <summary>
    /// The crop-tolerant distance: the smallest of global–global, this global to any of the other's windows, and any
    /// of these windows to the other's global. Symmetric. With <paramref name="mirrorInvariant"/>, also against the
    /// other's mirrored hashes.
    /// </summary>
    public int Distance(CropHashes other, bool mirrorInvariant = false)
    {
        ArgumentNullException.ThrowIfNull(other);
        var d = Directed(other.PHash, other._windows);
        return mirrorInvariant ? Math.Min(d, Directed(other.MirrorPHash, other._mirrorWindows)) : d;
    }

    private int Directed(ulong global, ulong[] windows)
    {
        var d = HashDistance.Hamming(PHash, global);
        foreach (var w in windows) d = Math.Min(d, HashDistance.Hamming(PHash, w));
        foreach (var w in _windows) d = Math.Min(d, HashDistance.Hamming(w, global));
        return d;
    }
}
