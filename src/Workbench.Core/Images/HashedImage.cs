namespace Workbench.Images;

/// <summary>An image file and its hashes.</summary>
/// <param name="Path">Path relative to the folder that was hashed, with <c>/</c> separators.</param>
/// <param name="Hashes">Its perceptual hashes.</param>
/// <param name="Crops">Its crop-tolerant hashes, when asked for (<see cref="ImageFolderHasher"/> with <see cref="CropMatchOptions"/>).</param>
public sealed record HashedImage(string Path, PerceptualHashes Hashes, CropHashes? Crops = null);
