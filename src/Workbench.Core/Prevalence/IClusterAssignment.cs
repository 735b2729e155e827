using System.Diagnostics.CodeAnalysis;

namespace Workbench.Prevalence;

/// <summary>
/// Which cluster each ad belongs to, and which clusters carry a signal of organized activity: the seam through which
/// micro-clusters (<c>Workbench.Clustering</c>, being built separately) plug into prevalence. Given one, rates count
/// distinct clusters and clusters with signals per cell, and MSE can use clusters as its units.
/// </summary>
public interface IClusterAssignment
{
    /// <summary>What the clusters are, for captions (e.g. "micro-clusters (InfoShield)").</summary>
    string Name { get; }

    /// <summary>The cluster of an ad; false when the ad is in no cluster.</summary>
    bool TryGetCluster(string adId, [NotNullWhen(true)] out string? clusterId);

    /// <summary>Whether a cluster carries at least one signal of organized activity (a reason to look, not a finding).</summary>
    bool HasSignal(string clusterId);
}
