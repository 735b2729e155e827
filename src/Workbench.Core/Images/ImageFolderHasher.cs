namespace Workbench.Images;

/// <summary>
/// Hashes every image file under a local folder, in parallel. Reads files only: nothing is fetched and no image is
/// copied anywhere.
/// </summary>
public sealed class ImageFolderHasher
{
    /// <summary>File extensions treated as images (lower case, with the dot).</summary>
    public static IReadOnlySet<string> Extensions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".tga", ".tif", ".tiff", ".pbm",
    };

    private readonly ImageHasher _hasher = new();

    /// <summary>Hashes every image under <paramref name="directory"/> (recursively); <paramref name="progress"/> gets (done, total).</summary>
    /// <param name="directory">The folder.</param>
    /// <param name="progress">Receives (done, total).</param>
    /// <param name="crops">When given, also the window hashes of crop-tolerant matching (<see cref="HashedImage.Crops"/>).</param>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public FolderHashResult Hash(string directory, IProgress<(int Done, int Total)>? progress = null, CropMatchOptions? crops = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        crops?.Validate();
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"{directory}: no such folder");
        var root = Path.GetFullPath(directory);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f)))
            .Select(f => (Full: f, Relative: Path.GetRelativePath(root, f).Replace('\\', '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToArray();
        var results = new HashedImage?[files.Length];
        var failures = new ImageFailure?[files.Length];
        var done = 0;
        Parallel.For(0, files.Length, i =>
        {
            try
            {
                if (crops is null)
                {
                    results[i] = new HashedImage(files[i].Relative, _hasher.Hash(files[i].Full));
                }
                else
                {
                    using var stream = File.OpenRead(files[i].Full);
                    var (hashes, windows) = _hasher.HashWithCrops(stream, crops, files[i].Full);
                    results[i] = new HashedImage(files[i].Relative, hashes, windows);
                }
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                failures[i] = new ImageFailure(files[i].Relative, OneLine(ex.Message.Replace(files[i].Full, files[i].Relative, StringComparison.Ordinal)));
            }
            progress?.Report((Interlocked.Increment(ref done), files.Length));
        });
        return new FolderHashResult(root, results.OfType<HashedImage>().ToList(), failures.OfType<ImageFailure>().ToList());
    }

    internal static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
