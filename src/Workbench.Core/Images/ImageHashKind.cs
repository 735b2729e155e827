namespace Workbench.Images;

/// <summary>Which 64-bit perceptual hash to compare.</summary>
public enum ImageHashKind
{
    /// <summary>The DCT hash (pHash), the default: the more robust of the two under crops and watermarks.</summary>
    PHash,

    /// <summary>The difference hash (dHash): cheaper, and as good under resizing and re-encoding.</summary>
    DHash,
}
