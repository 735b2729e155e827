namespace Workbench.Images;

/// <summary>What the reuse detector reads of one ad: its id, its pseudonymous phone tokens and its image hashes.</summary>
/// <param name="AdId">The ad's id.</param>
/// <param name="PhoneTokens">Its phone tokens (<c>ph_…</c>), possibly none.</param>
/// <param name="Hashes">Its 64-bit image hashes (global pHashes).</param>
/// <param name="WindowHashes">
/// The window hashes of crop-tolerant matching, <see cref="CropMatchOptions.DefaultWindows"/> (9) per entry of
/// <paramref name="Hashes"/> in the same order; null or empty when the ad has none (its images are then matched on
/// their global hashes alone).
/// </param>
public sealed record AdImages(string AdId, IReadOnlyList<string> PhoneTokens, IReadOnlyList<ulong> Hashes, IReadOnlyList<ulong>? WindowHashes = null)
{
    /// <summary>Window hashes per image, when the ad carries exactly <see cref="CropMatchOptions.DefaultWindows"/> per image.</summary>
    internal bool HasWindows => WindowHashes is { Count: > 0 } w && w.Count == Hashes.Count * CropMatchOptions.DefaultWindows.Count;
}
