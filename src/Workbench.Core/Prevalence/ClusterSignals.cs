using Workbench.Review;

namespace Workbench.Prevalence;

/// <summary>
/// Which micro-clusters carry a signal of organized activity, for the prevalence counts of clusters with signals:
/// where a reviewer has judged a cluster, the judgement (organized activity rated 4–5: a signal; 1–2: none); elsewhere
/// the weak-supervision label model's probability, at or above a threshold. A signal is a reason to look, never a
/// finding about anyone; the count says how many clusters a reviewer would want to see, with its interval.
/// </summary>
public static class ClusterSignals
{
    /// <summary>The probability from which the label model's answer counts as a signal when no reviewer has judged.</summary>
    public const double DefaultThreshold = 0.5;

    /// <summary>An assignment of each clustered ad to its micro-cluster, with the clusters that carry a signal.</summary>
    /// <param name="candidates">The micro-clusters as the review sees them (<see cref="ReviewFeatures.Build"/>).</param>
    /// <param name="weak">The cold-start label model over the same candidates (<see cref="WeakSupervision.Fit"/>).</param>
    /// <param name="labels">Reviewers' current labels, if any; they override the model for the clusters they judge.</param>
    /// <param name="threshold">See <see cref="DefaultThreshold"/>.</param>
    public static ClusterAssignment FromReview(
        IReadOnlyList<ReviewCandidate> candidates, WeakSupervisionResult weak, IEnumerable<Label>? labels = null, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(weak);
        if (weak.Probabilities.Count != candidates.Count)
        {
            throw new ArgumentException($"the label model scored {weak.Probabilities.Count} candidates, not the {candidates.Count} given");
        }
        if (threshold is <= 0 or > 1) throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "a probability in (0, 1]");
        var judged = ReviewSession.Targets(labels ?? []).ToDictionary(t => t.ClusterId, t => t.Organized);
        var clusterOfAd = new Dictionary<string, string>(StringComparer.Ordinal);
        var withSignal = new List<string>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            var id = Id(c.ClusterId);
            foreach (var ad in c.AdIds) clusterOfAd[ad] = id;
            var signal = judged.TryGetValue(c.ClusterId, out var organized) ? organized : weak.Probabilities[i] >= threshold;
            if (signal) withSignal.Add(id);
        }
        return new ClusterAssignment("micro-clusters (InfoShield); signals from reviewers' labels, else the weak-supervision label model", clusterOfAd, withSignal);
    }

    /// <summary>The cluster id used in rates: the micro-cluster id with an <c>m</c> in front.</summary>
    public static string Id(int microClusterId) => "m" + microClusterId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
