using Workbench.Clustering;
using Workbench.Data;
using Workbench.Store;

namespace Workbench;

/// <summary>
/// The front door for notebooks: one call per detector, with named defaults. Each detector's namespace has the
/// details (options, models, results).
/// </summary>
public static partial class Detect
{
    /// <summary>Micro-clusters with templates, and meta-clusters, of pseudonymized ads (<see cref="MicroClusterDetector"/>).</summary>
    public static MicroClusterResult MicroClusters(IEnumerable<Ad> ads, MicroClusterOptions? options = null) =>
        new MicroClusterDetector(options).Fit(ads).Result;

    /// <summary>Micro-clusters with templates, and meta-clusters, of every ad in a store.</summary>
    public static MicroClusterResult MicroClusters(AdStore store, MicroClusterOptions? options = null) =>
        new MicroClusterDetector(options).Fit(store).Result;

    /// <summary>A review session over clustered ads: weak-supervision cold start, classifier from the store's labels, queue (<see cref="Review.ReviewSession"/>).</summary>
    public static Review.ReviewSession Review(IReadOnlyList<Ad> ads, MicroClusterResult clusters, Review.ILabelStore store, Review.ActiveLearningOptions? options = null) =>
        Workbench.Review.ReviewSession.Start(ads, clusters, store, options);
}
