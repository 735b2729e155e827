namespace Workbench.Images;

/// <summary>Image reuse in a set of ads: groups of near-identical images, stock-image candidates, and what the links join.</summary>
/// <param name="Options">The settings used.</param>
/// <param name="Ads">Ads read.</param>
/// <param name="AdsWithImages">Ads with at least one hash.</param>
/// <param name="DistinctHashes">Distinct hashes.</param>
/// <param name="Groups">Groups shown in two or more ads, largest first (groups of a single ad are left out).</param>
/// <param name="PhoneSetsBefore">Phone-token sets when tokens are joined only by sharing an ad.</param>
/// <param name="PhoneSetsAfter">Phone-token sets once the reuse groups that are not stock candidates join their tokens too.</param>
/// <param name="PhoneSetsAfterAll">Phone-token sets once every reuse group, stock candidates included, joins its tokens.</param>
/// <param name="AdsWithWindowHashes">Ads with images whose window hashes were used (0 when none carry them or they are switched off).</param>
/// <param name="WindowOnlyLinks">
/// Pairs of distinct hashes joined only through a window hash (their global hashes are farther apart than
/// <see cref="ImageReuseOptions.MaxDistance"/>): the cropped copies that global hashes alone would miss.
/// </param>
public sealed record ImageReuseResult(
    ImageReuseOptions Options,
    long Ads,
    long AdsWithImages,
    int DistinctHashes,
    IReadOnlyList<ImageReuseGroup> Groups,
    int PhoneSetsBefore,
    int PhoneSetsAfter,
    int PhoneSetsAfterAll,
    long AdsWithWindowHashes = 0,
    int WindowOnlyLinks = 0)
{
    /// <summary>The stock-image candidates, largest first.</summary>
    public IEnumerable<ImageReuseGroup> StockCandidates => Groups.Where(g => g.IsStockCandidate);
}
