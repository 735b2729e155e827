namespace Workbench.Images;

/// <summary>
/// Distinct image hashes joined by near-identity (single linkage within the radius), and the ads that show them.
/// A group links files, not people.
/// </summary>
/// <param name="GroupId">Stable id: <c>img-</c> plus the group's smallest hash in hex.</param>
/// <param name="Hashes">The distinct hashes, ascending.</param>
/// <param name="AdIds">Ads showing any of them, ordered (ordinal).</param>
/// <param name="PhoneTokens">Distinct phone tokens of those ads, ordered.</param>
/// <param name="UnrelatedPhoneSets">
/// Sets of those phone tokens that nothing but this group links: tokens sharing an ad, or another image group, are one set.
/// </param>
/// <param name="IsStockCandidate">Whether the image is shared by at least the configured number of unrelated phone-token sets.</param>
public sealed record ImageReuseGroup(
    string GroupId,
    IReadOnlyList<ulong> Hashes,
    IReadOnlyList<string> AdIds,
    IReadOnlyList<string> PhoneTokens,
    int UnrelatedPhoneSets,
    bool IsStockCandidate);
