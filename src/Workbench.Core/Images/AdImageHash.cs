namespace Workbench.Images;

/// <summary>One image referenced by an ad's <c>image_paths</c>, and its hashes or the reason it has none.</summary>
/// <param name="AdId">The ad.</param>
/// <param name="ImagePath">The path as the ad gives it (relative to the source file).</param>
/// <param name="Hashes">The hashes; null when the file is missing or unreadable.</param>
/// <param name="Problem">Why there are no hashes; null when hashed.</param>
/// <param name="Crops">
/// The window hashes of crop-tolerant matching (<see cref="CropMatchOptions.DefaultWindows"/>); null when the image was
/// hashed without them or not at all.
/// </param>
public sealed record AdImageHash(string AdId, string ImagePath, PerceptualHashes? Hashes, string? Problem, CropHashes? Crops = null);
