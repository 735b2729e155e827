namespace Workbench.Review;

/// <summary>One candidate in the review queue, with the reason it is there.</summary>
/// <param name="Rank">1 = review first.</param>
/// <param name="Index">Position in the candidate list.</param>
/// <param name="ClusterId">The micro-cluster.</param>
/// <param name="Probability">The classifier's P(signals of organized activity).</param>
/// <param name="Uncertainty">1 − |2p − 1|: 1 when the model cannot tell.</param>
/// <param name="Diversity">Distance to the nearest labelled candidate in feature space, scaled to 0–1.</param>
/// <param name="Priority">
/// The score it was picked by: (1 − λr)·p + λr·diversity when picked by relevance, (1 − λ)·uncertainty + λ·diversity
/// when picked by uncertainty.
/// </param>
/// <param name="Reason">Why it is queued, in words.</param>
/// <param name="PickedBy">Which priority picked it (<see cref="QueueStrategy.Relevance"/> or <see cref="QueueStrategy.Uncertainty"/>).</param>
public sealed record QueueItem(int Rank, int Index, int ClusterId, double Probability, double Uncertainty, double Diversity, double Priority, string Reason, QueueStrategy PickedBy);
