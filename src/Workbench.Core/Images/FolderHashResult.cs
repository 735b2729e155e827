namespace Workbench.Images;

/// <summary>The hashes of every image under a folder, and the files that failed.</summary>
/// <param name="Root">The folder.</param>
/// <param name="Images">Hashed images, ordered by path (ordinal).</param>
/// <param name="Failures">Files with an image extension that could not be decoded, ordered by path.</param>
public sealed record FolderHashResult(string Root, IReadOnlyList<HashedImage> Images, IReadOnlyList<ImageFailure> Failures);
