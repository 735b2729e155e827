using Workbench.Review;
using Workbench.Synthetic;

namespace Workbench.Evaluation;

/// <summary>Flag rate of one stated ethnicity.</summary>
/// <param name="Ethnicity">The stated ethnicity (most frequent among a cluster's ads), or "unstated".</param>
/// <param name="Clusters">Candidates with it.</param>
/// <param name="Flagged">Of those, flagged.</param>
/// <param name="FlagRate">Flagged / clusters.</param>
/// <param name="OrganizedRate">Share organized in truth: the rate a fair flagger would approach.</param>
public sealed record EthnicityFlagRate(string Ethnicity, int Clusters, int Flagged, double FlagRate, double OrganizedRate);

/// <summary>
/// The bias audit that travels with every review evaluation: who gets flagged. Flag rates by stated ethnicity (beside
/// the truth rate, so a gap shows) and the false-positive rate on independents, touring ones separately: the
/// realistic false positives that must not be mislabelled.
/// </summary>
/// <param name="ByEthnicity">Flag rates per stated ethnicity, most clusters first.</param>
/// <param name="Independents">Candidates that are mostly independents' ads.</param>
/// <param name="IndependentFalsePositiveRate">Share of those flagged.</param>
/// <param name="TouringIndependents">Of the independents, touring ones.</param>
/// <param name="TouringFalsePositiveRate">Share of those flagged.</param>
/// <param name="FalsePositiveRate">Share of all non-organized candidates flagged.</param>
/// <param name="MaxEthnicityGap">Largest |flag rate − organized rate| among ethnicities with at least 20 clusters.</param>
public sealed record BiasAuditResult(IReadOnlyList<EthnicityFlagRate> ByEthnicity, int Independents, double IndependentFalsePositiveRate,
    int TouringIndependents, double TouringFalsePositiveRate, double FalsePositiveRate, double MaxEthnicityGap)
{
    /// <summary>Computes the audit of a set of flags.</summary>
    public static BiasAuditResult Compute(IReadOnlyList<ReviewCandidate> candidates, IReadOnlyList<bool> flagged, ReviewOracle oracle)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(flagged);
        ArgumentNullException.ThrowIfNull(oracle);
        var eth = Enumerable.Range(0, candidates.Count).GroupBy(i => candidates[i].StatedEthnicity)
            .Select(g => new EthnicityFlagRate(g.Key, g.Count(), g.Count(i => flagged[i]), g.Count(i => flagged[i]) / (double)g.Count(), g.Count(i => oracle.Organized[i]) / (double)g.Count()))
            .OrderByDescending(e => e.Clusters).ThenBy(e => e.Ethnicity, StringComparer.Ordinal).ToList();
        var ind = Enumerable.Range(0, candidates.Count).Where(i => oracle.MajorityType[i] == ActorType.Independent).ToList();
        var tour = ind.Where(i => oracle.Touring[i]).ToList();
        var negatives = Enumerable.Range(0, candidates.Count).Where(i => !oracle.Organized[i]).ToList();
        static double Rate(List<int> set, IReadOnlyList<bool> f) => set.Count == 0 ? 0 : set.Count(i => f[i]) / (double)set.Count;
        var gap = eth.Where(e => e.Clusters >= 20).Select(e => Math.Abs(e.FlagRate - e.OrganizedRate)).DefaultIfEmpty(0).Max();
        return new BiasAuditResult(eth, ind.Count, Rate(ind, flagged), tour.Count, Rate(tour, flagged), Rate(negatives, flagged), gap);
    }
}
