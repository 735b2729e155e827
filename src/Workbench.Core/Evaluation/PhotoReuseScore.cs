namespace Workbench.Evaluation;

/// <summary>
/// Image reuse scored against the planted photos of a synthetic corpus (<c>image_ids</c> and <c>cropped_images</c> of
/// the truth): does every showing of a photo that appears in two or more ads share a reuse group with another ad showing
/// the same photo, whether the showing is the whole photo or a cropped copy.
/// </summary>
/// <param name="Photos">Planted photos shown in two or more ads.</param>
/// <param name="Showings">Images of those photos, one per ad and photo.</param>
/// <param name="Linked">Showings in the same reuse group as a showing of the same photo in another ad.</param>
/// <param name="CroppedShowings">Of the showings, those that are cropped copies.</param>
/// <param name="CroppedLinked">Of the cropped showings, those linked.</param>
/// <param name="GroupsMixingPhotos">Reuse groups holding showings of two or more planted photos (wrong or chance links).</param>
public sealed record PhotoReuseScore(int Photos, int Showings, int Linked, int CroppedShowings, int CroppedLinked, int GroupsMixingPhotos)
{
    /// <summary>Share of the showings that are linked.</summary>
    public double Recall => Showings == 0 ? double.NaN : Linked / (double)Showings;

    /// <summary>Share of the cropped showings that are linked.</summary>
    public double CroppedRecall => CroppedShowings == 0 ? double.NaN : CroppedLinked / (double)CroppedShowings;

    /// <summary>Share of the whole (uncropped) showings that are linked.</summary>
    public double WholeRecall => Showings == CroppedShowings ? double.NaN : (Linked - CroppedLinked) / (double)(Showings - CroppedShowings);
}
