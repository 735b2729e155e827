namespace Workbench.Evaluation;

/// <summary>Image reuse scored against the planted advertisers of a synthetic corpus.</summary>
/// <param name="GroupsWithSeveralPhones">Reuse groups whose ads carry two or more phone tokens.</param>
/// <param name="CrossAdvertiserGroups">Of those, groups whose ads come from two or more planted advertisers.</param>
/// <param name="StockCandidates">Stock-image candidates among them.</param>
/// <param name="StockCandidatesCrossAdvertiser">Candidates that span two or more planted advertisers.</param>
/// <param name="SingleAdvertiserCandidatesByType">The other candidates by the type of their one advertiser.</param>
/// <param name="StockPrecision">Share of candidates that span several advertisers.</param>
/// <param name="StockRecall">Share of cross-advertiser groups that are candidates.</param>
/// <param name="OrdinaryGroups">Groups with several phone tokens that are not candidates.</param>
/// <param name="OrdinaryWithinOneAdvertiser">Share of those whose ads all come from one advertiser.</param>
/// <param name="AdvertisersWithSeveralPhones">Planted advertisers (meta-clusters) with two or more phone tokens.</param>
/// <param name="PhoneSetsPerAdvertiserBefore">Mean number of phone-token sets such an advertiser is split into when only shared ads join tokens.</param>
/// <param name="PhoneSetsPerAdvertiserAfter">The same once ordinary reuse groups (not stock candidates) join tokens too.</param>
/// <param name="MixedSetsAfter">Phone-token sets, after image links, holding tokens of two or more advertisers (wrong joins).</param>
public sealed record ImageReuseScore(
    int GroupsWithSeveralPhones,
    int CrossAdvertiserGroups,
    int StockCandidates,
    int StockCandidatesCrossAdvertiser,
    IReadOnlyDictionary<string, int> SingleAdvertiserCandidatesByType,
    double StockPrecision,
    double StockRecall,
    int OrdinaryGroups,
    double OrdinaryWithinOneAdvertiser,
    int AdvertisersWithSeveralPhones,
    double PhoneSetsPerAdvertiserBefore,
    double PhoneSetsPerAdvertiserAfter,
    int MixedSetsAfter);
