using System.Diagnostics.CodeAnalysis;

namespace Workbench.Prevalence;

/// <summary>An <see cref="IClusterAssignment"/> held in memory: ad → cluster, and the clusters with signals.</summary>
public sealed class ClusterAssignment : IClusterAssignment
{
    private readonly IReadOnlyDictionary<string, string> _clusterOfAd;
    private readonly HashSet<string> _withSignal;

    /// <summary>Creates the assignment.</summary>
    /// <param name="name">What the clusters are.</param>
    /// <param name="clusterOfAd">Ad id → cluster id.</param>
    /// <param name="clustersWithSignal">Clusters carrying a signal of organized activity.</param>
    public ClusterAssignment(string name, IReadOnlyDictionary<string, string> clusterOfAd, IEnumerable<string>? clustersWithSignal = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(clusterOfAd);
        Name = name;
        _clusterOfAd = clusterOfAd;
        _withSignal = new HashSet<string>(clustersWithSignal ?? [], StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public bool TryGetCluster(string adId, [NotNullWhen(true)] out string? clusterId) => _clusterOfAd.TryGetValue(adId, out clusterId);

    /// <inheritdoc />
    public bool HasSignal(string clusterId) => _withSignal.Contains(clusterId);
}
