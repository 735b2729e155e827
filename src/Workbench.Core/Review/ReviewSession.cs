using Workbench.Clustering;
using Workbench.Data;

namespace Workbench.Review;

/// <summary>
/// A reviewer's session: the micro-clusters as candidates, the weak-supervision cold start, the classifier retrained
/// from the store's labels, and the queue. <see cref="Label"/> is the single call a notebook needs: it writes the label
/// (with its audit entry) and refreshes the model. A micro-cluster label counts as organized at ratings 4–5, as not
/// organized at 1–2; 3 ("mixed or unsure") and labels of other targets teach the model nothing. Several reviewers'
/// current labels of one cluster are averaged.
/// </summary>
public sealed class ReviewSession
{
    private readonly Dictionary<int, int> _indexOfCluster;

    private ReviewSession(IReadOnlyList<ReviewCandidate> candidates, WeakSupervisionResult weak, ActiveLearner learner, ILabelStore store)
    {
        Candidates = candidates;
        Weak = weak;
        Learner = learner;
        Store = store;
        _indexOfCluster = candidates.Select((c, i) => (c.ClusterId, i)).ToDictionary(p => p.ClusterId, p => p.i);
    }

    /// <summary>The candidates (one per micro-cluster).</summary>
    public IReadOnlyList<ReviewCandidate> Candidates { get; }

    /// <summary>The cold start.</summary>
    public WeakSupervisionResult Weak { get; }

    /// <summary>The classifier and queue.</summary>
    public ActiveLearner Learner { get; }

    /// <summary>Where labels go.</summary>
    public ILabelStore Store { get; }

    /// <summary>Starts a session over clustered ads and a label store.</summary>
    public static ReviewSession Start(IReadOnlyList<Ad> ads, MicroClusterResult clusters, ILabelStore store, ActiveLearningOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var candidates = ReviewFeatures.Build(ads, clusters);
        var weak = WeakSupervision.Fit(candidates);
        var session = new ReviewSession(candidates, weak, new ActiveLearner(candidates, weak, options), store);
        session.Reload();
        return session;
    }

    /// <summary>Reads the store's current labels into the model and retrains (after other reviewers' work).</summary>
    public void Reload()
    {
        foreach (var (cluster, organized) in Targets(Store.Current()))
        {
            if (_indexOfCluster.TryGetValue(cluster, out var i)) Learner.AddLabel(i, organized);
        }
        Learner.Retrain();
    }

    /// <summary>The micro-cluster answers a list of labels gives (see the class notes for the rule).</summary>
    public static IEnumerable<(int ClusterId, bool Organized)> Targets(IEnumerable<Label> labels) =>
        labels.Where(l => l.TargetKind == LabelTargetKind.MicroCluster && l.OrganizedActivity is not null)
            .GroupBy(l => int.Parse(l.TargetId, System.Globalization.CultureInfo.InvariantCulture))
            .Select(g => (g.Key, Mean: g.Average(l => l.OrganizedActivity!.Value)))
            .Where(p => p.Mean is >= 4 or <= 2)
            .Select(p => (p.Key, p.Mean >= 4));

    /// <summary>The next candidates to review, each with the reason.</summary>
    public IReadOnlyList<QueueItem> Queue(int count = 10) => Learner.Queue(count);

    /// <summary>The candidate of a micro-cluster.</summary>
    public ReviewCandidate Candidate(int clusterId) =>
        _indexOfCluster.TryGetValue(clusterId, out var i) ? Candidates[i] : throw new ArgumentException($"micro-cluster {clusterId} is not a review candidate");

    /// <summary>Labels a micro-cluster (superseding the reviewer's earlier label of it), then refreshes the model.</summary>
    public Label Label(int clusterId, string reviewer, int organizedActivity, string rationale, int? spam = null, int? scam = null, int? massageParlour = null, int? benign = null)
    {
        var index = _indexOfCluster.TryGetValue(clusterId, out var i) ? i : throw new ArgumentException($"micro-cluster {clusterId} is not a review candidate");
        var target = clusterId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var previous = Store.Current().LastOrDefault(l => l.TargetKind == LabelTargetKind.MicroCluster && l.TargetId == target && l.Reviewer == reviewer);
        var label = Workbench.Review.Label.New(LabelTargetKind.MicroCluster, target, reviewer, rationale, organizedActivity, spam, scam, massageParlour, benign, previous?.LabelId);
        if (previous is null) Store.Create(label);
        else Store.Supersede(label, "reviewer changed the rating");
        if (organizedActivity != 3) Learner.AddLabel(index, organizedActivity >= 4);
        Learner.Retrain();
        return label;
    }
}
