using Workbench.Data;
using Workbench.Graphs;
using Workbench.Synthetic;

namespace Workbench.Evaluation;

/// <summary>Meta-cluster quality of one linking rule against the planted actors.</summary>
/// <param name="Rule">What was scored.</param>
/// <param name="Score">ARI and pair counts against truth <c>meta_cluster_id</c> (groups of one ad count as none).</param>
/// <param name="TouringIndependents">Ads of touring independents scored.</param>
/// <param name="TouringWithOrganized">Of those, ads put in a group that also holds ads of an organized actor.</param>
/// <param name="Suppressed">Tokens suppressed by the rule (hubs and stock images).</param>
public sealed record GroupingScore(string Rule, PartitionScore Score, int TouringIndependents, int TouringWithOrganized, int Suppressed)
{
    /// <summary>Share of touring independents' ads wrongly grouped with organized ads.</summary>
    public double TouringWithOrganizedRate => TouringIndependents == 0 ? 0 : TouringWithOrganized / (double)TouringIndependents;
}

/// <summary>What <c>workbench eval graph</c> reports.</summary>
/// <param name="Ads">Ads scored.</param>
/// <param name="Groupings">Meta-cluster rules scored (before and after stock-image suppression, communities).</param>
/// <param name="TrueTransitions">City changes of planted actors (consecutive ads of one actor in different cities).</param>
/// <param name="TrueTripTransitions">Of those, arrivals on a planted trip (the arrival ad has a <c>trip_id</c>).</param>
/// <param name="PredictedTransitions">Plausible transitions traced over the predicted groups.</param>
/// <param name="CorrectTransitions">Predicted transitions that are true ones (same arrival ad, same cities).</param>
/// <param name="FoundTripTransitions">True trip arrivals found.</param>
/// <param name="ImplausibleTransitions">Transitions flagged as too fast.</param>
public sealed record GraphEvaluationReport(
    int Ads, IReadOnlyList<GroupingScore> Groupings, int TrueTransitions, int TrueTripTransitions, int PredictedTransitions,
    int CorrectTransitions, int FoundTripTransitions, int ImplausibleTransitions)
{
    /// <summary>Share of predicted transitions that are true.</summary>
    public double TransitionPrecision => PredictedTransitions == 0 ? 1 : CorrectTransitions / (double)PredictedTransitions;

    /// <summary>Share of true transitions found.</summary>
    public double TransitionRecall => TrueTransitions == 0 ? 1 : CorrectTransitions / (double)TrueTransitions;

    /// <summary>Share of planted trip transitions found.</summary>
    public double TripRecall => TrueTripTransitions == 0 ? 1 : FoundTripTransitions / (double)TrueTripTransitions;
}

/// <summary>
/// Scores the entity graph's groupings and movement against the synthetic truth: meta-cluster recovery (ARI, pairwise
/// precision and recall against <c>meta_cluster_id</c>) with and without stock-image suppression and for Louvain
/// communities, the rate at which touring independents land in groups with organized ads, and the recovery of
/// planted movements (transitions between cities, and those of planted trips).
/// </summary>
public static class GraphEvaluation
{
    /// <summary>Evaluates over <paramref name="ads"/> with micro-cluster labels (−1 none) in the same order.</summary>
    public static GraphEvaluationReport Evaluate(IReadOnlyList<Ad> ads, IReadOnlyList<int> microClusterOfAd, IEnumerable<AdTruth> truth, HubOptions? options = null, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(ads);
        ArgumentNullException.ThrowIfNull(truth);
        options ??= new();
        var byId = new Dictionary<string, AdTruth>(StringComparer.Ordinal);
        foreach (var t in truth) byId[t.AdId] = t;
        var rows = new AdTruth[ads.Count];
        for (var i = 0; i < ads.Count; i++)
        {
            if (!byId.TryGetValue(ads[i].AdId, out var t)) throw new ArgumentException($"ad '{ads[i].AdId}' is not in the truth file: is it the truth of this corpus?");
            rows[i] = t;
        }
        var actorIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var actor = rows.Select(r => actorIds.TryGetValue(r.MetaClusterId, out var id) ? id : actorIds[r.MetaClusterId] = actorIds.Count).ToArray();

        var groupings = new List<GroupingScore>();
        var before = EntityGraph.Build(ads, microClusterOfAd, options with { StockImageMaxIdentities = null });
        var after = EntityGraph.Build(ads, microClusterOfAd, options);
        var (beforeComp, _) = before.Components();
        var (afterComp, _) = after.Components();
        groupings.Add(Score($"components, hubs > {options.HubMaxAds:N0} ads only (before)", beforeComp, actor, rows, before.SuppressedTokens().Count));
        groupings.Add(Score($"components, + stock images > {options.StockImageMaxIdentities} identities (after)", afterComp, actor, rows, after.SuppressedTokens().Count));
        var tokensOnly = EntityGraph.Build(ads, null, options);
        groupings.Add(Score("components of shared tokens only (no micro-cluster membership)", tokensOnly.Components().ComponentOfAd, actor, rows, tokensOnly.SuppressedTokens().Count));
        var bound = options.SharedTemplateMaxIdentities ?? options.StockImageMaxIdentities ?? 2;
        var templates = EntityGraph.Build(ads, microClusterOfAd, options with { SharedTemplateMaxIdentities = bound });
        groupings.Add(Score($"components, + shared templates > {bound} identities", templates.Components().ComponentOfAd, actor, rows, templates.SuppressedTokens().Count));
        var (community, _, modularity) = after.Communities(seed);
        groupings.Add(Score($"Louvain communities (seed {seed}, modularity {modularity:F3})", community, actor, rows, after.SuppressedTokens().Count));

        // Movement: truth per actor vs predicted per component (after).
        var (_, trueTransitions) = Movement.Trace(ads, actor);
        var tripArrivals = new HashSet<string>(StringComparer.Ordinal);
        var trueKeys = new HashSet<(string, string, string)>();
        var index = ads.Select((a, i) => (a.AdId, i)).ToDictionary(x => x.AdId, x => x.i, StringComparer.Ordinal);
        var tripCount = 0;
        foreach (var t in trueTransitions)
        {
            trueKeys.Add((t.From, t.To, t.ArrivalAdId));
            var arrival = rows[index[t.ArrivalAdId]];
            if (arrival.TripId is not null)
            {
                tripArrivals.Add(t.ArrivalAdId);
                tripCount++;
            }
        }
        var (_, predicted) = Movement.Trace(ads, afterComp);
        var plausible = predicted.Where(t => !t.Implausible).ToList();
        var correct = plausible.Count(t => trueKeys.Contains((t.From, t.To, t.ArrivalAdId)));
        var foundTrips = plausible.Count(t => tripArrivals.Contains(t.ArrivalAdId) && trueKeys.Contains((t.From, t.To, t.ArrivalAdId)));
        return new GraphEvaluationReport(ads.Count, groupings, trueKeys.Count, tripCount, plausible.Count, correct, foundTrips, predicted.Count - plausible.Count);
    }

    private static GroupingScore Score(string rule, int[] group, int[] actor, AdTruth[] rows, int suppressed)
    {
        // Groups of one ad are no grouping.
        var size = new int[group.Max() + 1];
        foreach (var g in group) size[g]++;
        var predicted = group.Select(g => size[g] >= 2 ? g : -1).ToArray();
        var organized = new bool[size.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i].ActorType == ActorType.Organized && predicted[i] >= 0) organized[predicted[i]] = true;
        }
        int touring = 0, withOrganized = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i].ActorType != ActorType.Independent || !rows[i].Touring) continue;
            touring++;
            if (predicted[i] >= 0 && organized[predicted[i]]) withOrganized++;
        }
        return new GroupingScore(rule, PartitionMetrics.Score(predicted, actor), touring, withOrganized, suppressed);
    }
}
