namespace Workbench.Evaluation;

/// <summary>
/// Agreement of a predicted partition of ads with a true one: the adjusted Rand index and the pair counts behind
/// pairwise precision and recall (a pair is two ads put in the same cluster).
/// </summary>
/// <param name="Ads">Ads scored.</param>
/// <param name="AdjustedRandIndex">Hubert and Arabie's adjusted Rand index (1 = identical partitions, about 0 = chance); NaN when undefined (fewer than two ads).</param>
/// <param name="PredictedPairs">Pairs in the same predicted cluster.</param>
/// <param name="TruePairs">Pairs in the same true cluster.</param>
/// <param name="CorrectPairs">Pairs in the same cluster in both.</param>
public sealed record PartitionScore(int Ads, double AdjustedRandIndex, long PredictedPairs, long TruePairs, long CorrectPairs)
{
    /// <summary>Share of predicted pairs that are true pairs (1 when nothing was predicted).</summary>
    public double PairPrecision => PredictedPairs == 0 ? 1 : CorrectPairs / (double)PredictedPairs;

    /// <summary>Share of true pairs that were predicted (1 when there are none).</summary>
    public double PairRecall => TruePairs == 0 ? 1 : CorrectPairs / (double)TruePairs;

    /// <summary>Harmonic mean of pair precision and recall.</summary>
    public double PairF1 => PairPrecision + PairRecall == 0 ? 0 : 2 * PairPrecision * PairRecall / (PairPrecision + PairRecall);
}
