namespace Workbench.Evaluation;

/// <summary>One planted cluster's rank under one scorer (1 = most unusual).</summary>
/// <param name="ClusterId">The scored cluster (for actor-level scoring, the truth meta-cluster).</param>
/// <param name="Group">What was planted, e.g. the unusual kind (<c>phone_churn</c>) or <c>spam</c>.</param>
/// <param name="Rank">Rank among all scored clusters.</param>
public sealed record PlantedRank(string ClusterId, string Group, int Rank);

/// <summary>How one scorer ranks the planted clusters among all scored clusters.</summary>
/// <param name="Scorer"><c>mean rank</c>, <c>pca</c> or <c>iforest</c>.</param>
/// <param name="Of">Clusters scored (ranks run from 1 to this).</param>
/// <param name="Planted">The planted clusters' ranks, best first.</param>
/// <param name="MedianRank">Median of the planted ranks (mean of the middle two for an even count); NaN when none.</param>
/// <param name="TopShare">Share of planted clusters ranked in the top fraction (<see cref="UnusualClusterReport.TopFraction"/>).</param>
/// <param name="Auc">
/// Chance that a planted cluster ranks above an unplanted one, ties counted half (Mann–Whitney U / (n₁n₀)); 0.5 is
/// chance, 1 puts every planted cluster first. NaN when either side is empty.
/// </param>
public sealed record ScorerRanks(string Scorer, int Of, IReadOnlyList<PlantedRank> Planted, double MedianRank, double TopShare, double Auc)
{
    /// <summary>The ranks of one group (one unusual kind), best first.</summary>
    public IReadOnlyList<int> RanksOf(string group) => [.. Planted.Where(p => p.Group == group).Select(p => p.Rank)];

    /// <summary>The groups present, in ordinal order.</summary>
    public IReadOnlyList<string> Groups => [.. Planted.Select(p => p.Group).Distinct().Order(StringComparer.Ordinal)];
}

/// <summary>
/// Planted clusters ranked among all clusters by each scorer: the measure of whether cluster anomaly scoring finds
/// documented oddities. A scorer can only find what its features show; a planted kind odd in a dimension the features
/// lack should rank near chance, and that is a finding about the features, not a failure to hide.
/// </summary>
/// <param name="Clusters">Clusters scored.</param>
/// <param name="TopFraction">The top fraction of <see cref="ScorerRanks.TopShare"/> (0.05: the top 5%).</param>
/// <param name="NotScored">Planted clusters absent from the scores (too few ads to be scored), with their group.</param>
/// <param name="Scorers">One entry per scorer: mean rank of both, PCA, isolation forest.</param>
public sealed record UnusualClusterReport(int Clusters, double TopFraction, IReadOnlyList<PlantedRank> NotScored, IReadOnlyList<ScorerRanks> Scorers)
{
    /// <summary>Planted clusters that were scored.</summary>
    public int Planted => Scorers.Count == 0 ? 0 : Scorers[0].Planted.Count;
}
