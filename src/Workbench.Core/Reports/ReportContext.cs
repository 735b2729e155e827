using Workbench.Clustering;
using Workbench.Review;
using Workbench.Store;

namespace Workbench.Reports;

/// <summary>What a report section may read.</summary>
/// <param name="Store">The store, holding pseudonymized ads only.</param>
/// <param name="Summary">The corpus overview.</param>
/// <param name="TruthPath">
/// The synthetic corpus's truth file, for sections that report quality against the planted structure; null for real
/// data. Detectors never read it: only the evaluation part of a section does.
/// </param>
/// <param name="OutputDirectory">Where the report is written (sections may add files, e.g. CSV tables).</param>
/// <param name="Seed">The seed every randomized step of the run uses.</param>
public sealed record ReportContext(AdStore Store, CorpusSummary Summary, string? TruthPath, string OutputDirectory, int Seed)
{
    private readonly Dictionary<MicroClusterOptions, MicroClusterResult> _microClusters = [];
    private (IReadOnlyList<ReviewCandidate> Candidates, WeakSupervisionResult Weak)? _coldStart;

    /// <summary>
    /// The micro-clusters of the store's ads with <paramref name="options"/>, computed once per report: the cluster,
    /// review, prevalence, graph and anomaly sections all build on the same result, and refitting it for each would
    /// multiply the report's cost (and risk sections that disagree).
    /// </summary>
    public MicroClusterResult MicroClusters(MicroClusterOptions? options = null)
    {
        options ??= new MicroClusterOptions { Seed = Seed };
        lock (_microClusters)
        {
            if (!_microClusters.TryGetValue(options, out var result))
            {
                result = Detect.MicroClusters(Store, options);
                _microClusters[options] = result;
            }
            return result;
        }
    }

    /// <summary>
    /// The review candidates of the default micro-clusters and their weak-supervision label model, computed once per
    /// report: the review section shows them and the prevalence section counts the clusters they flag.
    /// </summary>
    public (IReadOnlyList<ReviewCandidate> Candidates, WeakSupervisionResult Weak) ReviewColdStart()
    {
        lock (_microClusters)
        {
            if (_coldStart is { } known) return known;
        }
        var candidates = ReviewFeatures.Build(Store.ReadAds().ToList(), MicroClusters());
        var computed = (candidates, WeakSupervision.Fit(candidates));
        lock (_microClusters)
        {
            _coldStart ??= computed;
            return _coldStart.Value;
        }
    }
}
