using Workbench.Store;

namespace Workbench.Images;

/// <summary>
/// The front door for notebooks and scripts: hash images, match them, index hashes and find reuse across ads.
/// Everything here links files by their pixels; nothing identifies a person (no face recognition).
/// </summary>
public static class ImageLinks
{
    /// <summary>The dHash and pHash (and mirror hashes) of one image file.</summary>
    public static PerceptualHashes Hash(string path) => new ImageHasher().Hash(path);

    /// <summary>The hashes of every image under a folder.</summary>
    public static FolderHashResult HashFolder(string directory, IProgress<(int Done, int Total)>? progress = null) =>
        new ImageFolderHasher().Hash(directory, progress);

    /// <summary>All pairs of a folder's images within the match threshold.</summary>
    public static IReadOnlyList<ImageMatch> Match(FolderHashResult folder, ImageMatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return new ImageMatcher(options).Match(folder.Images.Select(i => i.Hashes).ToList());
    }

    /// <summary>A multi-index hash over <paramref name="hashes"/> for radius queries.</summary>
    public static MultiIndexHash Index(ReadOnlySpan<ulong> hashes) => MultiIndexHash.Build(hashes);

    /// <summary>Reuse groups, stock-image candidates and phone-token joins of the image hashes in a store.</summary>
    public static ImageReuseResult Reuse(AdStore store, ImageReuseOptions? options = null) => new ImageReuseDetector(options).Fit(store);

    /// <summary>The hashes of the images that the ads of a source file reference in <c>image_paths</c>.</summary>
    public static IReadOnlyList<AdImageHash> HashAdImages(string sourcePath) => new AdImageHasher().Hash(sourcePath);
}
