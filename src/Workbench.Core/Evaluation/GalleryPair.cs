namespace Workbench.Evaluation;

/// <summary>A generated image and one edited copy, with their hash distances, for a gallery of matched pairs.</summary>
/// <param name="Transform">The edit's name.</param>
/// <param name="Original">The generated image, JPEG-encoded (quality 90).</param>
/// <param name="Edited">The edited copy, JPEG-encoded (quality 90).</param>
/// <param name="PHashDistance">DCT-hash distance, direct.</param>
/// <param name="DHashDistance">Difference-hash distance, direct.</param>
/// <param name="MirrorPHashDistance">DCT-hash distance, mirror-invariant.</param>
/// <param name="Matched">Whether the pair matches at the default threshold (mirror-invariant).</param>
public sealed record GalleryPair(
    string Transform, byte[] Original, byte[] Edited, int PHashDistance, int DHashDistance, int MirrorPHashDistance, bool Matched)
{
    /// <summary>The original as a <c>data:</c> URI, for an HTML <c>img</c>.</summary>
    public string OriginalDataUri => "data:image/jpeg;base64," + Convert.ToBase64String(Original);

    /// <summary>The edited copy as a <c>data:</c> URI.</summary>
    public string EditedDataUri => "data:image/jpeg;base64," + Convert.ToBase64String(Edited);
}
