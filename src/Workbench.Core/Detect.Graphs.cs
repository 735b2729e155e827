using Workbench.Clustering;
using Workbench.Data;
using Workbench.Graphs;

namespace Workbench;

public static partial class Detect
{
    /// <summary>Features of every micro- and meta-cluster of a result (<see cref="ClusterFeatureCalculator"/>), for ranking and ML.</summary>
    public static IReadOnlyList<ClusterFeatures> ClusterFeatures(IReadOnlyList<Ad> ads, MicroClusterResult result, ClusterFeatureOptions? options = null) =>
        ClusterFeatureCalculator.Compute(ads, result, options);
}
