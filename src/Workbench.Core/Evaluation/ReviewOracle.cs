using Workbench.Review;
using Workbench.Synthetic;

namespace Workbench.Evaluation;

/// <summary>
/// The simulated reviewer: answers from the synthetic truth. Rule: a micro-cluster shows signals of organized activity
/// when more than half of its ads were planted by an <see cref="ActorType.Organized"/> actor. Its majority actor type
/// and whether most of its ads are touring independents feed the bias audit.
/// </summary>
public sealed class ReviewOracle
{
    private ReviewOracle(bool[] organized, ActorType[] majority, bool[] touring)
    {
        Organized = organized;
        MajorityType = majority;
        Touring = touring;
    }

    /// <summary>The truth per candidate.</summary>
    public IReadOnlyList<bool> Organized { get; }

    /// <summary>The actor type of most of each candidate's ads.</summary>
    public IReadOnlyList<ActorType> MajorityType { get; }

    /// <summary>Whether most of a candidate's ads come from touring actors.</summary>
    public IReadOnlyList<bool> Touring { get; }

    /// <summary>Candidates with signals of organized activity in truth.</summary>
    public int Positives => Organized.Count(o => o);

    /// <summary>Builds the oracle's answers for candidates from truth records.</summary>
    /// <exception cref="ArgumentException">An ad of a candidate has no truth record.</exception>
    public static ReviewOracle FromTruth(IReadOnlyList<ReviewCandidate> candidates, IEnumerable<AdTruth> truth)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var byAd = truth.ToDictionary(t => t.AdId, StringComparer.Ordinal);
        var organized = new bool[candidates.Count];
        var majority = new ActorType[candidates.Count];
        var touring = new bool[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var rows = candidates[i].AdIds.Select(id => byAd.TryGetValue(id, out var t) ? t : throw new ArgumentException($"ad {id} has no truth record")).ToList();
            organized[i] = rows.Count(r => r.ActorType == ActorType.Organized) * 2 > rows.Count;
            majority[i] = rows.GroupBy(r => r.ActorType).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
            touring[i] = rows.Count(r => r.Touring) * 2 > rows.Count;
        }
        return new ReviewOracle(organized, majority, touring);
    }
}
